import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-project-ssh-keys-blocked',
  title: 'VM instances block project-wide SSH keys',
  description:
    'Project-wide SSH keys in project metadata let their holders log in to every VM in the project. One leaked ' +
    'key then opens every machine. Blocking project-wide keys on a VM (or using OS Login, which ignores ' +
    'metadata keys) limits SSH to the keys and identities meant for that VM.',
  severity: 'medium',
  category: 'compute',
  aspects: ['credentials'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    allowed: 'VM {{name}} accepts project-wide SSH keys (block-project-ssh-keys is {{value}})',
  },
  remediation: {
    text: 'Set the instance metadata key block-project-ssh-keys to TRUE, or enable OS Login (enable-oslogin=TRUE).',
    cli: 'gcloud compute instances add-metadata <vm> --zone=<zone> --metadata=block-project-ssh-keys=TRUE',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  metadata = {\n    block-project-ssh-keys = "TRUE"\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys'],
  check(vm, ctx) {
    const blocked = need(vm.config, 'blockProjectSshKeys');
    if (blocked === true) return ctx.pass();
    // OS Login ignores metadata SSH keys altogether.
    if (need(vm.config, 'osLoginEnabled') === true)
      return ctx.pass({ osLoginEnabled: true }, 'OS Login is enabled');
    return ctx.fail('allowed', { name: vm.name, value: blocked === null ? 'not set' : 'false' });
  },
});
