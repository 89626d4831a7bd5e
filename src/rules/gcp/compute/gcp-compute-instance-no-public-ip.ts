import { defineRule, need } from '../../api.js';
import { GKE_NODE, isGkeNode } from './instance-scope.js';

export const rule = defineRule({
  id: 'gcp-compute-instance-no-public-ip',
  title: 'VM instances have no external IP address',
  description:
    'A VM with an external IP address can be reached from the internet wherever a firewall rule lets traffic ' +
    'in, and one mistaken rule exposes it. VMs should sit on private addresses, reach the internet through ' +
    'Cloud NAT, and be served through load balancers or Identity-Aware Proxy.',
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.instance'],
  messages: {
    external: 'VM {{name}} has an external IP address ({{addresses}})',
  },
  remediation: {
    text:
      'Remove the access config (external IP) from the network interface; use Cloud NAT for outbound traffic and ' +
      'IAP or a load balancer for inbound; enforce constraints/compute.vmExternalIpAccess for new VMs.',
    cli: 'gcloud compute instances delete-access-config <vm> --zone=<zone> --access-config-name="External NAT"',
    terraform:
      'resource "google_compute_instance" "this" {\n  # ...\n  network_interface {\n    subnetwork = google_compute_subnetwork.this.id\n    # no access_config block: no external IP\n  }\n}',
  },
  references: [
    'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip',
    'https://cloud.google.com/nat/docs/overview',
  ],
  check(vm, ctx) {
    if (isGkeNode(vm)) return ctx.notApplicable(GKE_NODE);
    const addresses: string[] = [];
    for (const nic of need(vm.config, 'networkInterfaces')) {
      for (const ac of nic.accessConfigs) addresses.push(ac.natIP ?? 'ephemeral IPv4');
      for (const ac of nic.ipv6AccessConfigs) addresses.push(ac.externalIpv6 ?? 'external IPv6');
    }
    if (addresses.length === 0) return ctx.pass();
    return ctx.fail('external', { name: vm.name, addresses: addresses.join(', ') }, { addresses });
  },
});
