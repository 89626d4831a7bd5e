import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVirtualMachine } from '../testing/fixtures.js';
import { rule } from './azure-compute-vm-encryption-at-host-enabled.js';

const vm = (config: Partial<typeof secureVirtualMachine>) =>
  assetOf('azure.compute.virtual-machine', { ...secureVirtualMachine, ...config }, { name: 'vm1' });

runRuleTests(rule, {
  valid: [vm({})],
  invalid: [
    {
      asset: vm({ encryptionAtHost: null }),
      messageId: 'off',
      message: 'VM vm1 does not use encryption at host',
    },
    { asset: vm({ encryptionAtHost: false }), messageId: 'off' },
  ],
  unknown: [{ asset: vm({ encryptionAtHost: unknown('no properties') }), field: 'encryptionAtHost' }],
});
