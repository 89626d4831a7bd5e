import { unknown } from '../../../model/unknown.js';
import type { IamBinding } from '../../../inventory/gcp/iam-policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { FOLDER_UID, ORG_UID, secureContainer, secureProject } from '../testing/fixtures.js';
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
/** The project under folders/555 under organizations/777. */
const child = assetOf('gcp.resourcemanager.project', secureProject, {
  name: 'acme-prod',
  account: 'acme-prod',
  uid: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  region: 'global',
  relations: [
    { kind: 'child-of', target: FOLDER_UID },
    { kind: 'child-of', target: ORG_UID },
  ],
});
const org = (config: Partial<typeof secureContainer>) =>
  assetOf(
    'gcp.resourcemanager.organization',
    { ...secureContainer, ...config },
    { name: 'acme.example', account: 'organizations/777', uid: ORG_UID, region: 'global' },
  );
const folder = (config: Partial<typeof secureContainer>) =>
  assetOf(
    'gcp.resourcemanager.folder',
    { ...secureContainer, ...config },
    { name: 'prod', account: 'folders/555', uid: FOLDER_UID, region: 'global' },
  );
const PUBLIC_VIEWER: IamBinding = { role: 'roles/browser', members: ['allUsers'], condition: null };

const withBindings = (...extra: IamBinding[]) =>
  project({ iamBindings: [...(secureProject.iamBindings as IamBinding[]), ...extra] });

runRuleTests(rule, {
  valid: [
    project({}),
    { name: 'clean folder and organisation above', asset: child, related: [folder({}), org({})] },
    { name: 'ancestors not in the sources are not held against the project', asset: child },
    {
      name: "another folder's public grant does not apply",
      asset: child,
      related: [
        assetOf(
          'gcp.resourcemanager.folder',
          { ...secureContainer, iamBindings: [PUBLIC_VIEWER] },
          { name: 'other', uid: '//cloudresourcemanager.googleapis.com/folders/999' },
        ),
      ],
    },
  ],
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
    {
      name: 'inherited from the organisation, through the folder',
      asset: child,
      related: [folder({}), org({ iamBindings: [PUBLIC_VIEWER] })],
      messageId: 'public',
      message:
        'Project acme-prod grants roles to the public: allUsers (roles/browser, inherited from organizations/777)',
    },
  ],
  unknown: [
    { asset: project({ iamBindings: unknown('no policy record') }), field: 'iamBindings' },
    {
      name: "the organisation's policy could not be read",
      asset: child,
      related: [folder({}), org({ iamBindings: unknown('resource export only') })],
      field: 'iamBindings of organizations/777',
    },
  ],
});
