import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-storage-encrypted.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ storageEncrypted: false }),
      messageId: 'plain',
      message: 'DB cluster orders stores its data unencrypted',
    },
  ],
  unknown: [{ asset: a({ storageEncrypted: unknown('not recorded') }), field: 'storageEncrypted' }],
  notApplicable: [a({ ...secureDocdbCluster })],
});
