import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-enhanced-monitoring-enabled.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ monitoringInterval: 0 }),
      messageId: 'off',
      message: 'DB instance orders has Enhanced Monitoring turned off',
    },
  ],
  unknown: [{ asset: a({ monitoringInterval: unknown('not recorded') }), field: 'monitoringInterval' }],
});
