import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-storage-encrypted.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ storageEncrypted: false }),
      messageId: 'plain',
      message: 'Neptune cluster graph stores its data unencrypted',
    },
  ],
  unknown: [{ asset: a({ storageEncrypted: unknown('not recorded') }), field: 'storageEncrypted' }],
  notApplicable: [a({ ...secureDbCluster })],
});
