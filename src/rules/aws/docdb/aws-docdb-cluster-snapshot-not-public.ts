import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-docdb-cluster-snapshot-not-public',
  title: 'DocumentDB cluster snapshots are not public',
  description:
    'A DocumentDB cluster snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, which hands over the whole database. Share snapshots only with named accounts, if at all.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-cluster-snapshot'],
  messages: {
    public:
      'DocumentDB cluster snapshot {{name}} can be restored by any AWS account (restore attribute includes "all")',
  },
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share with specific account ids if needed.',
    cli: 'aws docdb modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
  },
  references: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-share_cluster_snapshots.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-3',
  ],
  check(s, ctx) {
    if (clusterFamily(need(s.config, 'engine')) !== 'docdb')
      return ctx.notApplicable('not a DocumentDB snapshot');
    const values = need(s.config, 'restoreAttributeValues');
    if (values.some((v) => v.toLowerCase() === 'all'))
      return ctx.fail('public', { name: s.name }, { restoreAttributeValues: values });
    return ctx.pass({ sharedWith: values });
  },
});
