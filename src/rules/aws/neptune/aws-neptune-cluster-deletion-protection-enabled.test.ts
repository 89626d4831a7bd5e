import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-deletion-protection-enabled.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ deletionProtection: false }),
      messageId: 'off',
      message: 'Neptune cluster graph can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [{ asset: a({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
  notApplicable: [a({ ...secureDbCluster })],
});
