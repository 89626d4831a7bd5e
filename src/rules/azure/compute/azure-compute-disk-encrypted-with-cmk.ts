import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-compute-disk-encrypted-with-cmk',
  title: 'Managed disks are encrypted with customer-managed keys',
  description:
    'Every managed disk is encrypted at rest, by default with a key Microsoft manages. A customer-managed ' +
    'key in Key Vault (through a disk encryption set) puts key rotation, access and revocation under your ' +
    'control and audit, which many regulated workloads require.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['azure.compute.disk'],
  messages: {
    platform: 'Disk {{name}} is encrypted with platform-managed keys only ({{type}})',
  },
  remediation: {
    text: 'Create a disk encryption set backed by a Key Vault key and switch the disk to it (the disk must be detached or its VM deallocated).',
    cli: 'az disk update --name <disk> --resource-group <rg> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <disk-encryption-set-id>',
    terraform:
      'resource "azurerm_managed_disk" "this" {\n  # ...\n  disk_encryption_set_id = azurerm_disk_encryption_set.this.id\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-customer-managed-keys-portal',
  ],
  check(disk, ctx) {
    const type = need(disk.config, 'encryptionType');
    if (type !== null && /customerkey/i.test(type))
      return ctx.pass({ encryptionType: type, diskEncryptionSetId: disk.config.diskEncryptionSetId });
    return ctx.fail(
      'platform',
      { name: disk.name, type: type ?? 'EncryptionAtRestWithPlatformKey by default' },
      { encryptionType: type },
    );
  },
});
