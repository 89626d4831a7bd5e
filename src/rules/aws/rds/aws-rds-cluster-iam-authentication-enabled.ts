import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-iam-authentication-enabled',
  title: 'RDS DB clusters use IAM database authentication',
  description:
    'With IAM database authentication, people and applications sign in with short-lived tokens tied to IAM identities instead of long-lived database passwords, so access is granted, audited and revoked in one place.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'DB cluster {{name}} does not accept IAM database authentication',
  },
  remediation: {
    text: 'Enable IAM database authentication on the cluster and grant rds-db:connect to the identities that need it.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform:
      'resource "aws_rds_cluster" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-12',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    if (need(c.config, 'iamDatabaseAuthenticationEnabled')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
