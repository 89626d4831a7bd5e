import { isPublicMember } from '../../../inventory/gcp/iam-policy.js';
import { defineRule, need } from '../../api.js';
import { grantsWhere, listGrants } from '../iam/grants.js';

export const rule = defineRule({
  id: 'gcp-kms-crypto-key-not-public',
  title: 'Cloud KMS keys are not accessible to allUsers or allAuthenticatedUsers',
  description:
    'A key whose IAM policy names allUsers or allAuthenticatedUsers lets anyone on the internet (or anyone with a ' +
    'Google account) use or manage it: decrypt the data it protects, sign with it, or read its metadata.',
  severity: 'critical',
  category: 'encryption',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['gcp.kms.crypto-key'],
  messages: {
    public: 'Cloud KMS key {{name}} grants access to the public: {{grants}}',
  },
  remediation: {
    text: 'Remove the allUsers and allAuthenticatedUsers bindings from the key (and its key ring).',
    cli: 'gcloud kms keys remove-iam-policy-binding <key> --keyring=<ring> --location=<location> --member=allUsers --role=<role>',
  },
  references: ['https://cloud.google.com/kms/docs/iam'],
  check(key, ctx) {
    const grants = grantsWhere(need(key.config, 'iamBindings'), (_role, member) => isPublicMember(member));
    if (grants.length === 0) return ctx.pass();
    return ctx.fail('public', { name: key.name, grants: listGrants(grants) }, { grants });
  },
});
