/**
 * Every Google API call the GCP collector makes, with the permission it needs, and the custom role
 * built from them (`parapet permissions gcp`): YAML that `gcloud iam roles create --file` accepts.
 * Only read permissions (`*.get`, `*.list`, `cloudasset.assets.list*`) may appear; a test holds the
 * collector to this list.
 */
import { stringify } from 'yaml';
import type { DeclaredCall } from '../types.js';

export const GCP_CALLS: readonly DeclaredCall[] = [
  {
    service: 'cloudasset.googleapis.com',
    operation: 'ListAssets (RESOURCE)',
    permissions: ['cloudasset.assets.listResource'],
    why:
      'the inventory: every resource of the asset types Parapet assesses (projects, buckets, networks, firewalls, VMs, ' +
      'Cloud SQL, GKE, service accounts and keys, DNS policies), with ancestors, across the organisation, folders or projects',
  },
  {
    service: 'cloudasset.googleapis.com',
    operation: 'ListAssets (IAM_POLICY)',
    permissions: ['cloudasset.assets.listIamPolicy'],
    why: 'IAM allow policies (bindings with conditions, audit configs) of projects and buckets, for the IAM, logging and public-access rules',
  },
  {
    service: 'logging.googleapis.com',
    operation: 'ListLogMetrics',
    permissions: ['logging.logMetrics.list'],
    why: "each project's log-based metrics and their filters, for the CIS log metric filter and alert requirements (2.5-2.12)",
  },
  {
    service: 'monitoring.googleapis.com',
    operation: 'ListAlertPolicies',
    permissions: ['monitoring.alertPolicies.list'],
    why: "each project's alert policies (enabled, conditions), to see which log-based metrics someone is alerted on",
  },
];

/** The REST request path each declared operation is made through (for the test that holds calls to the list). */
export function operationOfRequest(method: string, path: string, query: URLSearchParams): string | undefined {
  if (method === 'GET' && /^\/v1\/(organizations|folders|projects)\/[^/]+\/assets$/.test(path)) {
    const ct = query.get('contentType');
    if (ct === 'RESOURCE' || ct === '1') return 'ListAssets (RESOURCE)';
    if (ct === 'IAM_POLICY' || ct === '2') return 'ListAssets (IAM_POLICY)';
  }
  if (method === 'GET' && /^\/v2\/projects\/[^/]+\/metrics$/.test(path)) return 'ListLogMetrics';
  if (method === 'GET' && /^\/v3\/projects\/[^/]+\/alertPolicies$/.test(path)) return 'ListAlertPolicies';
  return undefined;
}

/** Read-only verbs: the last segment of every permission must be one of these. */
const READ_VERB = /^(get|list|search)[A-Za-z]*$/;

/** True when a GCP permission only reads (`storage.buckets.get`, `cloudasset.assets.listResource`). */
export function isReadOnlyPermission(permission: string): boolean {
  const verb = permission.split('.').pop() ?? '';
  return READ_VERB.test(verb);
}

/**
 * The custom role, as YAML for `gcloud iam roles create parapetScanner --organization=<id> --file=role.yaml`.
 * With `explain`, each permission is preceded by the calls that need it and why.
 */
export function gcpRole(calls: readonly DeclaredCall[], explain: boolean): string {
  const permissions = [...new Set(calls.flatMap((c) => c.permissions))].sort();
  const role = {
    title: 'Parapet scanner (read-only)',
    description:
      'Read-only access for the Parapet CSPM scanner: Cloud Asset Inventory resources and IAM policies, log-based metrics and alert policies.',
    stage: 'GA',
    includedPermissions: permissions,
  };
  const yaml = stringify(role, { lineWidth: 0 });
  if (!explain) return yaml;
  const notes = calls.map(
    (c) => `# ${c.service} ${c.operation} -> ${c.permissions.join(', ')}\n#   ${c.why}`,
  );
  return `${notes.join('\n')}\n${yaml}`;
}
