import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-deletion-protection-enabled',
  title: 'RDS DB clusters have deletion protection enabled',
  description:
    'Deletion protection stops a cluster from being deleted by a mistaken call or an attacker with ordinary write access; it must be switched off first, which is a deliberate, audited change.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'DB cluster {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Turn on deletion protection for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-7',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    if (need(c.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
