import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-auto-minor-upgrade-enabled.js';

const db = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...secureDbInstance, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ autoMinorVersionUpgrade: false }),
      messageId: 'off',
      message: 'DB instance orders does not apply minor engine upgrades automatically',
    },
  ],
  unknown: [
    { asset: db({ autoMinorVersionUpgrade: unknown('not recorded') }), field: 'autoMinorVersionUpgrade' },
  ],
});
