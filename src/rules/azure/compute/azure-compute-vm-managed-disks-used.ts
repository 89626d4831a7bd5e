import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-compute-vm-managed-disks-used',
  title: 'Virtual machines use managed disks only',
  description:
    'Unmanaged disks are VHD page blobs in a storage account you manage: their security depends on that ' +
    "account's keys, network rules and anonymous access settings, they cannot use disk encryption sets or " +
    'private disk export, and Azure retired them in 2025. Managed disks are protected and encrypted by the ' +
    'platform.',
  severity: 'low',
  category: 'compute',
  aspects: ['encryption'],
  assetTypes: ['azure.compute.virtual-machine'],
  messages: {
    unmanaged: 'VM {{name}} uses unmanaged (VHD) disks: {{disks}}',
  },
  remediation: {
    text: 'Deallocate the VM and convert its disks to managed disks, then delete the old VHDs and review the storage account that held them.',
    cli: 'az vm deallocate --name <vm> --resource-group <rg> && az vm convert --name <vm> --resource-group <rg>',
    terraform:
      'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  os_disk {\n    caching              = "ReadWrite"\n    storage_account_type = "Premium_LRS" # a managed disk\n  }\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/managed-disks-overview',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/unmanaged-disks-deprecation',
  ],
  check(vm, ctx) {
    const unmanaged = need(vm.config, 'disks').filter((d) => !d.managed);
    if (unmanaged.length === 0) return ctx.pass();
    return ctx.fail(
      'unmanaged',
      { name: vm.name, disks: unmanaged.map((d) => `${d.name} (${d.role})`).join(', ') },
      { unmanagedDisks: unmanaged.map((d) => ({ name: d.name, role: d.role, vhdUri: d.vhdUri })) },
    );
  },
});
