import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-backups-enabled.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({}), { name: 'exactly 7 days', asset: db({ backupRetentionPeriod: 7 }) }],
  invalid: [
    {
      name: 'off',
      asset: db({ backupRetentionPeriod: 0 }),
      messageId: 'off',
      message: 'DB instance orders has automated backups turned off',
    },
    {
      name: 'one day',
      asset: db({ backupRetentionPeriod: 1 }),
      messageId: 'short',
      message: 'DB instance orders keeps automated backups for 1 days; at least 7 are expected',
    },
  ],
  unknown: [
    { asset: db({ backupRetentionPeriod: unknown('not recorded') }), field: 'backupRetentionPeriod' },
    { asset: db({ engine: unknown('not recorded') }), field: 'engine' },
  ],
  notApplicable: [
    db({ engine: 'aurora-postgresql', backupRetentionPeriod: 1, clusterIdentifier: 'orders-cluster' }),
  ],
});
