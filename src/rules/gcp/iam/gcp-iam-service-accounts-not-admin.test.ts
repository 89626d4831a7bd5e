import { unknown } from '../../../model/unknown.js';
import type { IamBinding } from '../../../inventory/gcp/iam-policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureProject, APP_SA, DEFAULT_SA } from '../testing/fixtures.js';
import { rule } from './gcp-iam-service-accounts-not-admin.js';

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
  valid: [
    project({}),
    {
      name: 'Google-managed service agents keep their roles',
      asset: withBindings({
        role: 'roles/container.admin',
        members: ['serviceAccount:service-123456789012@container-engine-robot.iam.gserviceaccount.com'],
        condition: null,
      }),
    },
    {
      name: 'deleted service account',
      asset: withBindings({
        role: 'roles/owner',
        members: [`deleted:serviceAccount:${APP_SA}?uid=1`],
        condition: null,
      }),
    },
  ],
  invalid: [
    {
      name: 'default compute account keeps Editor',
      asset: withBindings({
        role: 'roles/editor',
        members: [`serviceAccount:${DEFAULT_SA}`],
        condition: null,
      }),
      messageId: 'admin',
      message: `Project acme-prod grants admin roles to service accounts: serviceAccount:${DEFAULT_SA} (roles/editor)`,
    },
    {
      name: 'an *Admin role under a condition, and more than three grants',
      asset: withBindings(
        {
          role: 'roles/compute.admin',
          members: [`serviceAccount:${APP_SA}`],
          condition: { title: 'temp', expression: 'true', description: null },
        },
        {
          role: 'roles/owner',
          members: [
            'serviceAccount:a@acme-prod.iam.gserviceaccount.com',
            'serviceAccount:b@acme-prod.iam.gserviceaccount.com',
            'serviceAccount:c@acme-prod.iam.gserviceaccount.com',
          ],
          condition: null,
        },
      ),
      messageId: 'admin',
      message: `Project acme-prod grants admin roles to service accounts: serviceAccount:${APP_SA} (roles/compute.admin (if: temp)), serviceAccount:a@acme-prod.iam.gserviceaccount.com (roles/owner), serviceAccount:b@acme-prod.iam.gserviceaccount.com (roles/owner) and 1 more`,
    },
  ],
  unknown: [
    {
      asset: project({
        iamBindings: unknown('export with --content-type=iam-policy to assess the IAM policy'),
      }),
      field: 'iamBindings',
    },
  ],
});
