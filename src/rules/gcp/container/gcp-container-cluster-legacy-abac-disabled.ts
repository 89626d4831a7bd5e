import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-container-cluster-legacy-abac-disabled',
  title: 'GKE clusters have legacy ABAC disabled',
  description:
    'Legacy attribute-based access control grants permissions outside Kubernetes RBAC; with it on, RBAC cannot ' +
    'be relied on to limit what users and service accounts do, and by default it gives broad rights. GKE ' +
    'disables it for new clusters; older clusters may still have it.',
  severity: 'medium',
  category: 'kubernetes',
  aspects: ['privilege'],
  assetTypes: ['gcp.container.cluster'],
  messages: {
    enabled: 'Cluster {{name}} has legacy ABAC enabled',
  },
  remediation: {
    text: 'Disable legacy authorization and grant access with Kubernetes RBAC and IAM.',
    cli: 'gcloud container clusters update <cluster> --location=<location> --no-enable-legacy-authorization',
    terraform: 'resource "google_container_cluster" "this" {\n  # ...\n  enable_legacy_abac = false\n}',
  },
  references: [
    'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110',
  ],
  check(cluster, ctx) {
    if (!need(cluster.config, 'legacyAbacEnabled')) return ctx.pass();
    return ctx.fail('enabled', { name: cluster.name });
  },
});
