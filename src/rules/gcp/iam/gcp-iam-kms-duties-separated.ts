import { defineRule } from '../../api.js';
import { ANCESTOR_TYPES, policySources } from './inherited.js';
import { conflictingDuties, listConflicts } from './separation-of-duties.js';

const ADMIN = ['roles/cloudkms.admin'];
const USE = [
  'roles/cloudkms.cryptoKeyEncrypterDecrypter',
  'roles/cloudkms.cryptoKeyEncrypter',
  'roles/cloudkms.cryptoKeyDecrypter',
];

export const rule = defineRule({
  id: 'gcp-iam-kms-duties-separated',
  title: 'No member both administers Cloud KMS keys and uses them to encrypt or decrypt',
  description:
    'Cloud KMS Admin manages keys and who may use them; the CryptoKey Encrypter/Decrypter roles use them on ' +
    'data. A member holding both can grant itself access to any key and decrypt what it protects, defeating ' +
    'the reason to keep key management apart from data access.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['privilege'],
  assetTypes: ['gcp.resourcemanager.project'],
  requires: ANCESTOR_TYPES,
  messages: {
    both: 'Project {{project}} grants both Cloud KMS Admin and encrypt/decrypt roles to: {{members}}',
  },
  remediation: {
    text: 'Keep Cloud KMS Admin for key administrators only and give the encrypt/decrypt roles to the workloads that use the keys; remove one of the two from each listed member.',
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/cloudkms.cryptoKeyEncrypterDecrypter',
  },
  references: ['https://cloud.google.com/kms/docs/separation-of-duties'],
  check(project, ctx) {
    const conflicts = conflictingDuties(policySources(project, ctx), ADMIN, USE);
    if (conflicts.length === 0) return ctx.pass();
    return ctx.fail('both', { project: project.name, members: listConflicts(conflicts) }, { conflicts });
  },
});
