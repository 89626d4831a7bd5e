import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-confidential-computing-enabled',
  title: 'VM instances run as Confidential VMs',
  description:
    'Confidential VMs encrypt memory with keys the host cannot read (AMD SEV, Intel TDX), so data in use is ' +
    'protected from the hypervisor, from other tenants and from anyone with physical access to the host.',
  severity: 'low',
  category: 'compute',
  aspects: ['encryption'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    off: 'VM {{name}} is not a Confidential VM',
  },
  remediation: {
    text: 'Recreate the VM as a Confidential VM on a supported machine type (N2D, C2D, C3) with a supported image; Confidential Computing cannot be turned on for an existing VM.',
    cli: 'gcloud compute instances create <vm> --zone=<zone> --machine-type=n2d-standard-2 --confidential-compute-type=SEV --maintenance-policy=TERMINATE',
    terraform:
      'resource "google_compute_instance" "this" {\n  machine_type = "n2d-standard-2"\n  confidential_instance_config {\n    enable_confidential_compute = true\n  }\n  scheduling {\n    on_host_maintenance = "TERMINATE"\n  }\n}',
  },
  references: [
    'https://cloud.google.com/confidential-computing/confidential-vm/docs/confidential-vm-overview',
  ],
  check(vm, ctx) {
    if (need(vm.config, 'confidentialComputing')) return ctx.pass();
    return ctx.fail('off', { name: vm.name });
  },
});
