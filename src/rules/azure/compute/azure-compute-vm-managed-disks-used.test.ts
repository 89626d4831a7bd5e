import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { OS_DISK, secureVirtualMachine } from '../testing/fixtures.js';
import { rule } from './azure-compute-vm-managed-disks-used.js';

const vm = (config: Partial<typeof secureVirtualMachine>) =>
  assetOf('azure.compute.virtual-machine', { ...secureVirtualMachine, ...config }, { name: 'vm1' });
const vhd = (name: string, role: 'os' | 'data') => ({
  name,
  role,
  managed: false,
  diskId: null,
  vhdUri: `https://stvhds.blob.core.windows.net/vhds/${name}.vhd`,
});

runRuleTests(rule, {
  valid: [vm({})],
  invalid: [
    {
      asset: vm({ disks: [OS_DISK, vhd('legacy-data', 'data')] }),
      messageId: 'unmanaged',
      message: 'VM vm1 uses unmanaged (VHD) disks: legacy-data (data)',
    },
    { asset: vm({ disks: [vhd('vm1-os', 'os')], osDiskId: null }), messageId: 'unmanaged' },
  ],
  unknown: [{ asset: vm({ disks: unknown('properties.storageProfile is absent') }), field: 'disks' }],
});
