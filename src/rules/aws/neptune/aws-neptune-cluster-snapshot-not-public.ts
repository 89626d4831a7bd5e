import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-snapshot-not-public',
  title: 'Neptune cluster snapshots are not public',
  description:
    'A Neptune cluster snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, which hands over the whole database. Share snapshots only with named accounts, if at all.',
  severity: 'medium',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-cluster-snapshot'],
  messages: {
    public:
      'Neptune cluster snapshot {{name}} can be restored by any AWS account (restore attribute includes "all")',
  },
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share with specific account ids if needed.',
    cli: 'aws neptune modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/security-considerations.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-3',
  ],
  check(s, ctx) {
    if (clusterFamily(need(s.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune snapshot');
    const values = need(s.config, 'restoreAttributeValues');
    if (values.some((v) => v.toLowerCase() === 'all'))
      return ctx.fail('public', { name: s.name }, { restoreAttributeValues: values });
    return ctx.pass({ sharedWith: values });
  },
});
