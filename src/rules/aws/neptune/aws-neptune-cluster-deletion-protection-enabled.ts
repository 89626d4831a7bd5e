import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-deletion-protection-enabled',
  title: 'Neptune clusters have deletion protection enabled',
  description:
    'Deletion protection stops a Neptune cluster from being deleted by a mistaken call or an attacker with ordinary write access; it must be switched off first, a deliberate and audited change.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'Neptune cluster {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Turn on deletion protection for the cluster.',
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_neptune_cluster" "this" {\n  # ...\n  deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-4',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    if (need(c.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
