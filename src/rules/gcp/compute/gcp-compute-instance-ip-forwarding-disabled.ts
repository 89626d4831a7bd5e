import { defineRule, need } from '../../api.js';
import { GKE_NODE, isGkeNode } from './instance-scope.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-ip-forwarding-disabled',
  title: 'VM instances do not forward IP packets',
  description:
    'With IP forwarding on, a VM may send and receive packets whose addresses are not its own, so it can route ' +
    'traffic around firewall rules and spoof sources. Only purpose-built network appliances (NAT, firewalls, ' +
    'VPN gateways) need it.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    forwarding: 'VM {{name}} has IP forwarding enabled',
  },
  remediation: {
    text:
      'IP forwarding can only be set when a VM is created: recreate the VM without it (unless it is a network ' +
      'appliance), and restrict it with the organisation policy constraints/compute.vmCanIpForward.',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  can_ip_forward = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/using-routes#canipforward'],
  check(vm, ctx) {
    if (isGkeNode(vm)) return ctx.notApplicable(GKE_NODE);
    if (!need(vm.config, 'canIpForward')) return ctx.pass();
    return ctx.fail('forwarding', { name: vm.name });
  },
});
