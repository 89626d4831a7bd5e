import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDataprocCluster } from '../testing/fixtures.js';
import { rule } from './gcp-dataproc-cluster-cmek-encrypted.js';

const cluster = (config: Partial<typeof secureDataprocCluster>) =>
  assetOf(
    'gcp.dataproc.cluster',
    { ...secureDataprocCluster, ...config },
    { name: 'etl', region: 'us-east1' },
  );

runRuleTests(rule, {
  valid: [cluster({})],
  invalid: [
    {
      asset: cluster({ kmsKeyName: null }),
      messageId: 'none',
      message: 'Dataproc cluster etl does not encrypt its disks with a customer-managed key',
    },
  ],
  unknown: [{ asset: cluster({ kmsKeyName: unknown('no data') }), field: 'kmsKeyName' }],
});
