import { unknown } from '../../../model/unknown.js';
import type { IamBinding } from '../../../inventory/gcp/iam-policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-iam-no-public-project-bindings.js';

const project = (config: Partial<typeof secureProject>) =>
  assetOf(
    'gcp.resourcemanager.project',
    { ...secureProject, ...config },
    {
      name: 'acme-prod',
      account: 'acme-prod',
      uid: '//cloudresourcemanager.googleapis.com/projects/123456789012',
      region: 'global',
    },
  );
const withBindings = (...extra: IamBinding[]) =>
  project({ iamBindings: [...(secureProject.iamBindings as IamBinding[]), ...extra] });

runRuleTests(rule, {
  valid: [project({})],
  invalid: [
    {
      asset: withBindings({
        role: 'roles/viewer',
        members: ['allAuthenticatedUsers', 'allUsers'],
        condition: null,
      }),
      messageId: 'public',
      message:
        'Project acme-prod grants roles to the public: allAuthenticatedUsers (roles/viewer), allUsers (roles/viewer)',
    },
  ],
  unknown: [{ asset: project({ iamBindings: unknown('no policy record') }), field: 'iamBindings' }],
});
