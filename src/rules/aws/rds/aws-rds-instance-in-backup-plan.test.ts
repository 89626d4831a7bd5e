import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { selection, tag } from '../testing/backup-fixtures.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-in-backup-plan.js';

const ARN = 'arn:aws:rds:us-east-1:111122223333:db:orders';
const db = (config: Partial<typeof secureDbInstance> = {}) =>
  assetOf(
    'aws.rds.db-instance',
    { ...secureDbInstance, ...config },
    { name: 'orders', uid: ARN, tags: { tier: 'gold' } },
  );

runRuleTests(rule, {
  valid: [
    { name: 'every DB instance', asset: db(), related: [selection({ resources: ['arn:aws:rds:*:*:db:*'] })] },
    { name: 'by tag', asset: db(), related: [selection({ listOfTags: [tag('tier', 'gold')] })] },
  ],
  invalid: [
    {
      name: 'no plan here',
      asset: db(),
      complete: ['aws.backup.selection'],
      messageId: 'none',
      message: 'DB instance orders is not selected by any AWS Backup plan',
    },
    {
      name: 'clusters only',
      asset: db(),
      related: [selection({ resources: ['arn:aws:rds:*:*:cluster:*'] })],
      messageId: 'none',
    },
  ],
  unknown: [
    { name: 'no selection recorded', asset: db(), field: 'backup plans' },
    { name: 'the engine is unknown', asset: db({ engine: unknown('x') }), field: 'engine' },
  ],
  notApplicable: [db({ engine: 'aurora-postgresql' }), db({ engine: 'docdb' })],
});
