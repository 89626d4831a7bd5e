import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-disk-csek-encrypted',
  title: 'Persistent disks of business-critical VMs are encrypted with customer-supplied keys',
  description:
    'With a customer-supplied encryption key (CSEK), Google cannot decrypt the disk without the key the customer ' +
    'provides on each use, so data at rest stays protected even from someone with access to the platform. CIS ' +
    'asks for it on business-critical VMs; Parapet judges every disk, so review and suppress the rest.',
  severity: 'low',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['gcp.compute.disk'],
  messages: {
    none: 'Disk {{name}} is not encrypted with a customer-supplied key{{cmek}}',
  },
  remediation: {
    text: 'Create a new disk from a snapshot with a customer-supplied key (CSEK cannot be added to an existing disk) and attach it in place of the old one.',
    cli: 'gcloud compute disks create <disk> --zone=<zone> --source-snapshot=<snap> --csek-key-file=<key-file.json>',
  },
  references: ['https://cloud.google.com/compute/docs/disks/customer-supplied-encryption'],
  check(disk, ctx) {
    if (need(disk.config, 'customerSuppliedKey')) return ctx.pass();
    const kms = need(disk.config, 'kmsKeyName');
    return ctx.fail('none', { name: disk.name, cmek: kms === null ? '' : ' (it uses a Cloud KMS key)' });
  },
});
