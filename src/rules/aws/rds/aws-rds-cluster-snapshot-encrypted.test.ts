import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClusterSnapshot } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-snapshot-encrypted.js';

const base: typeof secureClusterSnapshot = secureClusterSnapshot;
const a = (config: Partial<typeof secureClusterSnapshot>) =>
  assetOf('aws.rds.db-cluster-snapshot', { ...base, ...config }, { name: 'nightly' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ storageEncrypted: false, kmsKeyId: null }),
      messageId: 'plain',
      message: 'DB cluster snapshot nightly is not encrypted',
    },
  ],
  unknown: [{ asset: a({ storageEncrypted: unknown('not recorded') }), field: 'storageEncrypted' }],
  notApplicable: [a({ engine: 'neptune' })],
});
