import {
  isAdminRole,
  isGoogleManagedServiceAgent,
  serviceAccountOf,
} from '../../../inventory/gcp/iam-policy.js';
import { defineRule } from '../../api.js';
import { listGrants } from './grants.js';
import { ANCESTOR_TYPES, effectiveGrants, policySources } from './inherited.js';

export const rule = defineRule({
  id: 'gcp-iam-service-accounts-not-admin',
  title: 'Service accounts hold no owner, editor or admin roles on the project',
  description:
    'Service account credentials live in VMs, CI systems and key files, and are the credentials most often ' +
    'stolen. A service account with Owner, Editor or an *Admin role on the project turns any such theft into ' +
    'control of the whole project. Google-managed service agents, which Google grants their own roles, are ' +
    'not judged here.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ANCESTOR_TYPES,
  messages: {
    admin: 'Project {{project}} grants admin roles to service accounts: {{grants}}',
  },
  remediation: {
    text:
      'Replace the basic and admin roles of each service account with predefined or custom roles that grant only ' +
      'what its workload needs (IAM Recommender lists the unused permissions).',
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=serviceAccount:<sa-email> --role=roles/editor',
    terraform:
      'resource "google_project_iam_member" "app" {\n  project = "<project>"\n  role    = "roles/storage.objectViewer" # not roles/editor or an *Admin role\n  member  = "serviceAccount:${google_service_account.app.email}"\n}',
  },
  references: [
    'https://cloud.google.com/iam/docs/service-account-overview#service-account-permissions',
    'https://cloud.google.com/iam/docs/roles-overview#basic',
  ],
  check(project, ctx) {
    const grants = effectiveGrants(policySources(project, ctx), (role, member) => {
      const email = serviceAccountOf(member);
      return email !== undefined && !isGoogleManagedServiceAgent(email) && isAdminRole(role);
    });
    if (grants.length === 0) return ctx.pass();
    return ctx.fail('admin', { project: project.name, grants: listGrants(grants) }, { grants });
  },
});
