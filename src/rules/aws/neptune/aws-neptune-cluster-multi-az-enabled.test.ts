import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-multi-az-enabled.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ multiAZ: false }),
      messageId: 'single',
      message: 'Neptune cluster graph runs in a single Availability Zone',
    },
  ],
  unknown: [{ asset: a({ multiAZ: unknown('not recorded') }), field: 'multiAZ' }],
  notApplicable: [a({ ...secureDbCluster })],
});
