import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-compute-network-not-default',
  title: 'Projects do not use the default VPC network',
  description:
    'The default network is an auto mode network created with every project, with pre-populated firewall ' +
    'rules (default-allow-ssh, default-allow-rdp, default-allow-internal, default-allow-icmp) that open SSH and ' +
    'RDP to the internet and allow all traffic between subnets. Networks should be designed on purpose, with ' +
    'custom subnets and least-privilege firewall rules.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['gcp.compute.network'],
  messages: {
    isDefault: 'Project {{project}} still has the default network',
  },
  remediation: {
    text:
      'Create a custom mode network for the workloads, move them over, then delete the default network; enforce ' +
      'the organisation policy constraints/compute.skipDefaultNetworkCreation for new projects.',
    cli: 'gcloud compute networks delete default --project=<project>',
    terraform:
      'resource "google_project" "this" {\n  name                = "<name>"\n  project_id          = "<project>"\n  auto_create_network = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/vpc#default-network'],
  check(network, ctx) {
    if (network.name !== 'default') return ctx.pass();
    return ctx.fail('isDefault', { project: network.account });
  },
});
