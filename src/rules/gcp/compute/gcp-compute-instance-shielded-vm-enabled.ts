import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-shielded-vm-enabled',
  title: 'VM instances are Shielded VMs with vTPM and integrity monitoring',
  description:
    'Shielded VM protects the boot chain: the virtual TPM measures what boots, and integrity monitoring compares ' +
    'those measurements with a known-good baseline, so rootkits and bootkits that tamper with the boot process ' +
    'are detected.',
  severity: 'medium',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    notShielded: 'VM {{name}} is not a Shielded VM',
    partial: 'VM {{name}} has {{missing}} turned off',
  },
  remediation: {
    text:
      'Stop the VM and turn on vTPM and integrity monitoring (and Secure Boot where the image supports it); use ' +
      'Shielded VM images and enforce constraints/compute.requireShieldedVm.',
    cli: 'gcloud compute instances update <vm> --zone=<zone> --shielded-vtpm --shielded-integrity-monitoring',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  shielded_instance_config {\n    enable_secure_boot          = true\n    enable_vtpm                 = true\n    enable_integrity_monitoring = true\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/shielded-vm/docs/shielded-vm'],
  check(vm, ctx) {
    const shielded = need(vm.config, 'shieldedInstanceConfig');
    if (shielded === null) return ctx.fail('notShielded', { name: vm.name });
    const missing = [
      ...(shielded.enableVtpm ? [] : ['vTPM']),
      ...(shielded.enableIntegrityMonitoring ? [] : ['integrity monitoring']),
    ];
    if (missing.length === 0) return ctx.pass({ shieldedInstanceConfig: shielded });
    return ctx.fail(
      'partial',
      { name: vm.name, missing: missing.join(' and ') },
      { shieldedInstanceConfig: shielded },
    );
  },
});
