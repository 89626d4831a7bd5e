import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureReplicationInstance } from '../testing/analytics-fixtures.js';
import { rule } from './aws-dms-replication-instance-auto-minor-upgrade-enabled.js';

const instance = (config: Partial<typeof secureReplicationInstance>) =>
  assetOf('aws.dms.replication-instance', { ...secureReplicationInstance, ...config }, { name: 'migrate' });

runRuleTests(rule, {
  valid: [instance({})],
  invalid: [
    {
      asset: instance({ autoMinorVersionUpgrade: false }),
      messageId: 'off',
      message: 'DMS replication instance migrate does not take minor version upgrades automatically',
    },
  ],
  unknown: [
    {
      asset: instance({ autoMinorVersionUpgrade: unknown('not recorded') }),
      field: 'autoMinorVersionUpgrade',
    },
  ],
});
