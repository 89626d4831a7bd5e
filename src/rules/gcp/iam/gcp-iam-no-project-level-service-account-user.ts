import { defineRule, need } from '../../api.js';
import { grantsWhere, listGrants } from './grants.js';

const IMPERSONATION_ROLES = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']);

export const rule = defineRule({
  id: 'gcp-iam-no-project-level-service-account-user',
  title: 'Service Account User and Token Creator are not granted on the whole project',
  description:
    'Granted on the project, Service Account User and Service Account Token Creator let the member act as ' +
    'every service account in the project, present and future — including the most privileged one. These ' +
    'roles should be granted on the individual service account that is meant to be used.',
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['gcp.resourcemanager.project'],
  messages: {
    projectLevel: 'Project {{project}} grants service account impersonation to {{grants}}',
  },
  remediation: {
    text: 'Remove the project-level binding and grant the role on the specific service accounts the member needs to use.',
    cli:
      'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser\n' +
      'gcloud iam service-accounts add-iam-policy-binding <sa-email> --member=<member> --role=roles/iam.serviceAccountUser',
    terraform:
      'resource "google_service_account_iam_member" "deployer" {\n  service_account_id = google_service_account.app.name\n  role               = "roles/iam.serviceAccountUser"\n  member             = "group:deployers@example.com"\n}',
  },
  references: ['https://cloud.google.com/iam/docs/service-account-permissions#user-role'],
  check(project, ctx) {
    const grants = grantsWhere(need(project.config, 'iamBindings'), (role) => IMPERSONATION_ROLES.has(role));
    if (grants.length === 0) return ctx.pass();
    return ctx.fail('projectLevel', { project: project.name, grants: listGrants(grants) }, { grants });
  },
});
