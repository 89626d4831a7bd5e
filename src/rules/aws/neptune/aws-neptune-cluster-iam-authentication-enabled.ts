import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-iam-authentication-enabled',
  title: 'Neptune clusters use IAM database authentication',
  description:
    'Without IAM authentication, anyone who can reach a Neptune endpoint on the network can query the graph. With it, every request is signed by an IAM identity, so access is granted, audited and revoked in IAM.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'Neptune cluster {{name}} accepts requests without IAM authentication',
  },
  remediation: {
    text: 'Enable IAM database authentication on the cluster and grant neptune-db:* actions to the identities that need them.',
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  # ...\n  iam_database_authentication_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-7',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    if (need(c.config, 'iamDatabaseAuthenticationEnabled')) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
