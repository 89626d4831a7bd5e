import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-multi-az-enabled.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ multiAZ: false }),
      messageId: 'single',
      message: 'DB instance orders runs in a single Availability Zone',
    },
  ],
  unknown: [{ asset: db({ multiAZ: unknown('not recorded') }), field: 'multiAZ' }],
  notApplicable: [db({ multiAZ: false, engine: 'aurora-mysql', clusterIdentifier: 'orders-cluster' })],
});
