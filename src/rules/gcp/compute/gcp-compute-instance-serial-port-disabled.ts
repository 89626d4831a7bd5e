import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-serial-port-disabled',
  title: 'VM instances do not allow interactive serial port access',
  description:
    'The interactive serial console accepts connections from any IP address and is not filtered by VPC ' +
    'firewall rules; anyone holding a valid SSH key for it gets a console on the VM. It should stay off except ' +
    'while troubleshooting.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    enabled: 'VM {{name}} allows interactive serial port connections (serial-port-enable is true)',
  },
  remediation: {
    text:
      'Set the instance metadata key serial-port-enable to FALSE (or remove it) and enforce the organisation ' +
      'policy constraints/compute.disableSerialPortAccess.',
    cli: 'gcloud compute instances add-metadata <vm> --zone=<zone> --metadata=serial-port-enable=FALSE',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  metadata = {\n    serial-port-enable = "FALSE"\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console'],
  check(vm, ctx) {
    if (need(vm.config, 'serialPortEnabled') !== true) return ctx.pass();
    return ctx.fail('enabled', { name: vm.name });
  },
});
