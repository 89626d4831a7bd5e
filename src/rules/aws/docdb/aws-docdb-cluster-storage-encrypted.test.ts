import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-docdb-cluster-storage-encrypted.js';

const base: typeof secureDocdbCluster = secureDocdbCluster;
const a = (config: Partial<typeof secureDocdbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'catalog' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ storageEncrypted: false }),
      messageId: 'plain',
      message: 'DocumentDB cluster catalog stores its data unencrypted',
    },
  ],
  unknown: [{ asset: a({ storageEncrypted: unknown('not recorded') }), field: 'storageEncrypted' }],
  notApplicable: [a({ ...secureDbCluster })],
});
