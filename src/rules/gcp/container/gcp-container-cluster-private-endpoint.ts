import { isWorld } from '../../../inventory/net.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-container-cluster-private-endpoint',
  title: 'GKE control planes are not reachable from the whole internet',
  description:
    'The Kubernetes API server of a GKE cluster is its most powerful endpoint. Reachable from any address, it ' +
    'is exposed to credential stuffing, leaked kubeconfigs and API server vulnerabilities from anywhere. The ' +
    'control plane should be reachable only on its private endpoint, or on its public endpoint from a short ' +
    'list of authorized networks.',
  severity: 'high',
  category: 'kubernetes',
  aspects: ['exposure'],
  assetTypes: ['gcp.container.cluster'],
  messages: {
    open: 'Cluster {{name}} exposes its control plane on a public endpoint without authorized networks',
    world: 'Cluster {{name}} control plane authorized networks include {{cidr}}',
  },
  remediation: {
    text:
      'Enable the private endpoint (private cluster with public endpoint access disabled) or, where the public ' +
      'endpoint must stay, enable control plane authorized networks with only the ranges that administer the cluster.',
    cli: 'gcloud container clusters update <cluster> --location=<location> --enable-master-authorized-networks --master-authorized-networks=<cidr>[,<cidr>...]',
    terraform:
      'resource "google_container_cluster" "this" {\n  # ...\n  private_cluster_config {\n    enable_private_nodes    = true\n    enable_private_endpoint = true\n    master_ipv4_cidr_block  = "172.16.0.0/28"\n  }\n  master_authorized_networks_config {\n    cidr_blocks {\n      cidr_block   = "10.0.0.0/8"\n      display_name = "internal"\n    }\n  }\n}',
  },
  references: [
    'https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
  ],
  check(cluster, ctx) {
    const pcc = need(cluster.config, 'privateClusterConfig');
    if (pcc?.enablePrivateEndpoint === true) return ctx.pass({ privateEndpoint: true });
    const man = need(cluster.config, 'masterAuthorizedNetworks');
    if (!man.enabled) return ctx.fail('open', { name: cluster.name }, { endpoint: cluster.config.endpoint });
    const world = man.cidrBlocks.filter((b) => isWorld(b.cidrBlock));
    const first = world[0];
    if (first !== undefined)
      return ctx.fail('world', { name: cluster.name, cidr: first.cidrBlock }, { cidrBlocks: man.cidrBlocks });
    return ctx.pass({ cidrBlocks: man.cidrBlocks });
  },
});
