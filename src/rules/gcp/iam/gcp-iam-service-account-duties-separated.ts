import { defineRule } from '../../api.js';
import { ANCESTOR_TYPES, policySources } from './inherited.js';
import { conflictingDuties, listConflicts } from './separation-of-duties.js';

const ADMIN = ['roles/iam.serviceAccountAdmin'];
const USER = ['roles/iam.serviceAccountUser'];

export const rule = defineRule({
  id: 'gcp-iam-service-account-duties-separated',
  title: 'No member both administers service accounts and acts as them on the project',
  description:
    'A member with Service Account Admin can create service accounts and grant them roles; with Service Account ' +
    'User as well, it can then run workloads as those accounts. Holding both lets one person mint and use any ' +
    'privilege the project offers, with no second person involved.',
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ANCESTOR_TYPES,
  messages: {
    both: 'Project {{project}} grants both Service Account Admin and Service Account User to: {{members}}',
  },
  remediation: {
    text: 'Give Service Account Admin and Service Account User to different people or groups; remove one of the two roles from each listed member.',
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser',
  },
  references: ['https://cloud.google.com/iam/docs/service-account-permissions'],
  check(project, ctx) {
    const conflicts = conflictingDuties(policySources(project, ctx), ADMIN, USER);
    if (conflicts.length === 0) return ctx.pass();
    return ctx.fail('both', { project: project.name, members: listConflicts(conflicts) }, { conflicts });
  },
});
