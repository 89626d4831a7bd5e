import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-copy-tags-to-snapshots',
  title: 'Neptune clusters copy their tags to snapshots',
  description:
    'Tags carry ownership, environment and data classification. Snapshots that do not inherit them escape tag-based access control, cost allocation and retention policies.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'Neptune cluster {{name}} does not copy its tags to its snapshots',
  },
  remediation: {
    text: 'Turn on "copy tags to snapshots" for the cluster.',
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --copy-tags-to-snapshot --apply-immediately',
    terraform: 'resource "aws_neptune_cluster" "this" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/tagging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-8',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    if (need(c.config, 'copyTagsToSnapshot')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
