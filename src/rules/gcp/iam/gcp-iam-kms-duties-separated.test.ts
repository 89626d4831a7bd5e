import { unknown } from '../../../model/unknown.js';
import type { IamBinding } from '../../../inventory/gcp/iam-policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureProject } from '../testing/fixtures.js';
import { rule } from './gcp-iam-kms-duties-separated.js';

const project = (...extra: IamBinding[]) =>
  assetOf(
    'gcp.resourcemanager.project',
    { ...secureProject, iamBindings: [...(secureProject.iamBindings as IamBinding[]), ...extra] },
    { name: 'acme-prod', account: 'acme-prod', region: 'global' },
  );
const grant = (role: string, members: string[]): IamBinding => ({ role, members, condition: null });

runRuleTests(rule, {
  valid: [
    project(),
    {
      name: 'admins and users apart',
      asset: project(
        grant('roles/cloudkms.admin', ['group:kms-admins@acme.example']),
        grant('roles/cloudkms.cryptoKeyEncrypterDecrypter', [
          'serviceAccount:app@acme-prod.iam.gserviceaccount.com',
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'a group holds admin and decrypter',
      asset: project(
        grant('roles/cloudkms.admin', ['group:kms-admins@acme.example']),
        grant('roles/cloudkms.cryptoKeyDecrypter', ['group:kms-admins@acme.example']),
      ),
      messageId: 'both',
      message:
        'Project acme-prod grants both Cloud KMS Admin and encrypt/decrypt roles to: group:kms-admins@acme.example (roles/cloudkms.admin + roles/cloudkms.cryptoKeyDecrypter)',
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
