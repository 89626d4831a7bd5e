import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-copy-tags-to-snapshots',
  title: 'RDS DB clusters copy their tags to snapshots',
  description:
    'Tags carry ownership, environment and data classification. Snapshots that do not inherit them escape tag-based access control, cost allocation and retention policies.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'DB cluster {{name}} does not copy its tags to its snapshots',
  },
  remediation: {
    text: 'Turn on "copy tags to snapshots" for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --copy-tags-to-snapshot --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-16',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    if (need(c.config, 'copyTagsToSnapshot')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
