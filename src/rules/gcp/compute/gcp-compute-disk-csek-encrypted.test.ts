import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDisk } from '../testing/fixtures.js';
import { rule } from './gcp-compute-disk-csek-encrypted.js';

const disk = (config: Partial<typeof secureDisk>) =>
  assetOf('gcp.compute.disk', { ...secureDisk, ...config }, { name: 'web-1', region: 'us-east1' });

runRuleTests(rule, {
  valid: [disk({})],
  invalid: [
    {
      asset: disk({ customerSuppliedKey: false }),
      messageId: 'none',
      message: 'Disk web-1 is not encrypted with a customer-supplied key',
    },
    {
      name: 'CMEK is not CSEK',
      asset: disk({
        customerSuppliedKey: false,
        kmsKeyName: 'projects/p/locations/l/keyRings/r/cryptoKeys/k',
      }),
      messageId: 'none',
      message: 'Disk web-1 is not encrypted with a customer-supplied key (it uses a Cloud KMS key)',
    },
  ],
  unknown: [{ asset: disk({ customerSuppliedKey: unknown('no data') }), field: 'customerSuppliedKey' }],
});
