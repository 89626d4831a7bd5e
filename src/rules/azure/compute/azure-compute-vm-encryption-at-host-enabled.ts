import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-compute-vm-encryption-at-host-enabled',
  title: 'Virtual machines use encryption at host',
  description:
    'Server-side encryption covers managed disks at rest, but not the VM temp disk or the OS and data ' +
    'disk caches on the host. Encryption at host encrypts those too, so no VM data sits unencrypted on ' +
    'Azure hosts. Not set means off.',
  severity: 'medium',
  category: 'compute',
  aspects: ['encryption'],
  assetTypes: ['azure.compute.virtual-machine'],
  messages: {
    off: 'VM {{name}} does not use encryption at host',
  },
  remediation: {
    text: 'Register the EncryptionAtHost feature for the subscription, deallocate the VM, enable encryption at host, and start it again.',
    cli: 'az vm deallocate --name <vm> --resource-group <rg> && az vm update --name <vm> --resource-group <rg> --set securityProfile.encryptionAtHost=true && az vm start --name <vm> --resource-group <rg>',
    terraform:
      'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  encryption_at_host_enabled = true\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-host-based-encryption-portal',
  ],
  check(vm, ctx) {
    const on = need(vm.config, 'encryptionAtHost');
    if (on === true) return ctx.pass({ encryptionAtHost: true });
    return ctx.fail('off', { name: vm.name }, { encryptionAtHost: on });
  },
});
