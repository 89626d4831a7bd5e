import { unknown } from '../../../model/unknown.js';
import type { IamBinding } from '../../../inventory/gcp/iam-policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-iam-service-account-duties-separated.js';

const project = (...extra: IamBinding[]) =>
  assetOf(
    'gcp.resourcemanager.project',
    { ...secureProject, iamBindings: [...(secureProject.iamBindings as IamBinding[]), ...extra] },
    { name: 'acme-prod', account: 'acme-prod', region: 'global' },
  );
const grant = (role: string, members: string[], title?: string): IamBinding => ({
  role,
  members,
  condition:
    title === undefined
      ? null
      : { title, expression: 'request.time < timestamp("2027-01-01T00:00:00Z")', description: null },
});

runRuleTests(rule, {
  valid: [
    project(),
    {
      name: 'the two roles held by different members',
      asset: project(
        grant('roles/iam.serviceAccountAdmin', ['group:iam-admins@acme.example']),
        grant('roles/iam.serviceAccountUser', ['user:dev@acme.example']),
      ),
    },
    {
      name: 'a deleted member',
      asset: project(
        grant('roles/iam.serviceAccountAdmin', ['deleted:user:old@acme.example?uid=1']),
        grant('roles/iam.serviceAccountUser', ['deleted:user:old@acme.example?uid=1']),
      ),
    },
  ],
  invalid: [
    {
      name: 'one user holds both, one grant conditional',
      asset: project(
        grant('roles/iam.serviceAccountAdmin', ['user:alice@acme.example']),
        grant(
          'roles/iam.serviceAccountUser',
          ['user:alice@acme.example', 'user:bob@acme.example'],
          'until 2027',
        ),
      ),
      messageId: 'both',
      message:
        'Project acme-prod grants both Service Account Admin and Service Account User to: user:alice@acme.example (roles/iam.serviceAccountAdmin + roles/iam.serviceAccountUser (if: until 2027))',
    },
  ],
  unknown: [
    {
      asset: assetOf('gcp.resourcemanager.project', {
        ...secureProject,
        iamBindings: unknown('resource export only'),
      }),
      field: 'iamBindings',
    },
  ],
});
