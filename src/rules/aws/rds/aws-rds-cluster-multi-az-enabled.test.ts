import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-multi-az-enabled.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ multiAZ: false }),
      messageId: 'single',
      message: 'DB cluster orders runs in a single Availability Zone',
    },
  ],
  unknown: [{ asset: a({ multiAZ: unknown('not recorded') }), field: 'multiAZ' }],
  notApplicable: [a({ ...secureDocdbCluster })],
});
