import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-network-not-legacy',
  title: 'VPC networks are not legacy networks',
  description:
    'A legacy network has one IPv4 range for the whole network, no subnetworks, no VPC flow logs and no ' +
    'Private Google Access, so traffic cannot be segmented or observed per subnet. Google no longer lets ' +
    'new legacy networks be created; the remaining ones should be migrated.',
  severity: 'medium',
  category: 'network',
  aspects: ['logging'],
  assetTypes: ['gcp.compute.network'],
  messages: {
    legacy: 'Network {{name}} is a legacy (non-subnet) network',
  },
  remediation: {
    text: 'Create a custom mode VPC network with subnetworks, migrate the workloads to it, and delete the legacy network.',
    cli: 'gcloud compute networks create <network> --subnet-mode=custom',
    terraform:
      'resource "google_compute_network" "vpc" {\n  name                    = "<network>"\n  auto_create_subnetworks = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/legacy'],
  check(network, ctx) {
    if (!need(network.config, 'legacy')) return ctx.pass();
    return ctx.fail('legacy', { name: network.name });
  },
});
