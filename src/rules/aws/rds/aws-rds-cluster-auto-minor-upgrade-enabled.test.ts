import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureMultiAzCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-auto-minor-upgrade-enabled.js';

const base: typeof secureMultiAzCluster = secureMultiAzCluster;
const a = (config: Partial<typeof secureMultiAzCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'ledger' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ autoMinorVersionUpgrade: false }),
      messageId: 'off',
      message: 'DB cluster ledger does not take automatic minor version upgrades',
    },
  ],
  unknown: [
    { asset: a({ autoMinorVersionUpgrade: unknown('not recorded') }), field: 'autoMinorVersionUpgrade' },
  ],
  notApplicable: [a({ ...secureDbCluster })],
});
