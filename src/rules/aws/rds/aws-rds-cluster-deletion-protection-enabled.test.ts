import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-deletion-protection-enabled.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ deletionProtection: false }),
      messageId: 'off',
      message: 'DB cluster orders can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [{ asset: a({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
  notApplicable: [a({ ...secureDocdbCluster })],
});
