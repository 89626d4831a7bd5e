import { isPublicMember } from '../../../inventory/gcp/iam-policy.js';
import { defineRule } from '../../api.js';
import { listGrants } from './grants.js';
import { ANCESTOR_TYPES, effectiveGrants, policySources } from './inherited.js';

export const rule = defineRule({
  id: 'gcp-iam-no-public-project-bindings',
  title: 'Project IAM policies grant nothing to allUsers or allAuthenticatedUsers',
  description:
    'A project-level binding for allUsers or allAuthenticatedUsers grants its role on every resource in the ' +
    'project to anyone on the internet (or anyone with any Google account). Even a viewer role then discloses ' +
    'the whole estate.',
  severity: 'critical',
  category: 'identity',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ANCESTOR_TYPES,
  messages: {
    public: 'Project {{project}} grants roles to the public: {{grants}}',
  },
  remediation: {
    text:
      'Remove every project binding for allUsers and allAuthenticatedUsers, and restrict policy members to your ' +
      'domain with the organisation policy constraints/iam.allowedPolicyMemberDomains.',
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=allUsers --role=<role>',
  },
  references: [
    'https://cloud.google.com/iam/docs/principals-overview#all-users',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
  ],
  check(project, ctx) {
    const sources = policySources(project, ctx);
    const grants = effectiveGrants(sources, (_role, member) => isPublicMember(member));
    const considered = sources.map((s) => s.from);
    if (grants.length === 0) return ctx.pass({ policies: considered });
    return ctx.fail(
      'public',
      { project: project.name, grants: listGrants(grants) },
      { grants, policies: considered },
    );
  },
});
