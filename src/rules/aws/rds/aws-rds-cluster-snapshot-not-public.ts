import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-snapshot-not-public',
  title: 'RDS DB cluster snapshots are not public',
  description:
    'A DB cluster snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, which hands over the whole database. Share snapshots only with named accounts, if at all.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-cluster-snapshot'],
  messages: {
    public:
      'DB cluster snapshot {{name}} can be restored by any AWS account (restore attribute includes "all")',
  },
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share with specific account ids if needed.',
    cli: 'aws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-share-snapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
  ],
  check(s, ctx) {
    if (
      clusterFamily(need(s.config, 'engine')) === 'docdb' ||
      clusterFamily(need(s.config, 'engine')) === 'neptune'
    )
      return ctx.notApplicable('assessed by the DocumentDB or Neptune rule');
    const values = need(s.config, 'restoreAttributeValues');
    if (values.some((v) => v.toLowerCase() === 'all'))
      return ctx.fail('public', { name: s.name }, { restoreAttributeValues: values });
    return ctx.pass({ sharedWith: values });
  },
});
