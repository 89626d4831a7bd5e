import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-container-cluster-master-authorized-networks-enabled',
  title: 'GKE clusters restrict control plane access to authorized networks',
  description:
    'Control plane authorized networks limit which IP ranges may open a connection to the Kubernetes API ' +
    'server at all, so stolen credentials are useless from elsewhere. Without them, anyone who can route to ' +
    'the endpoint can try to authenticate.',
  severity: 'medium',
  category: 'kubernetes',
  aspects: ['exposure'],
  assetTypes: ['gcp.container.cluster'],
  messages: {
    off: 'Cluster {{name}} does not restrict control plane access to authorized networks',
  },
  remediation: {
    text: 'Enable control plane authorized networks and list only the ranges that administer the cluster.',
    cli: 'gcloud container clusters update <cluster> --location=<location> --enable-master-authorized-networks --master-authorized-networks=<cidr>',
    terraform:
      'resource "google_container_cluster" "this" {\n  # ...\n  master_authorized_networks_config {\n    cidr_blocks {\n      cidr_block   = "10.0.0.0/8"\n      display_name = "internal"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks'],
  check(cluster, ctx) {
    if (need(cluster.config, 'masterAuthorizedNetworks').enabled) return ctx.pass();
    return ctx.fail('off', { name: cluster.name });
  },
});
