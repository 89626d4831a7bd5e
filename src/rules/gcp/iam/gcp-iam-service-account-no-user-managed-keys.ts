import { isUnknown } from '../../../model/unknown.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-iam-service-account-no-user-managed-keys',
  title: 'Service accounts have no user-managed keys',
  description:
    'A user-managed key is a long-lived credential that works from anywhere until it is deleted; once ' +
    'downloaded it is copied into laptops, CI variables and repositories, and leaks. Workload Identity, ' +
    'attached service accounts and impersonation give workloads short-lived credentials instead.',
  severity: 'low',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['gcp.iam.service-account-key'],
  messages: {
    userManaged: 'Service account {{account}} has user-managed key {{name}}',
  },
  remediation: {
    text:
      'Move the workload to Workload Identity Federation, an attached service account or impersonation, then ' +
      'delete the key; enforce constraints/iam.disableServiceAccountKeyCreation.',
    cli: 'gcloud iam service-accounts keys delete <key-id> --iam-account=<sa-email>',
  },
  references: [
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
    'https://cloud.google.com/iam/docs/workload-identity-federation',
  ],
  check(key, ctx) {
    if (need(key.config, 'keyType') === 'SYSTEM_MANAGED') return ctx.pass();
    const email = key.config.serviceAccountEmail;
    return ctx.fail('userManaged', { account: isUnknown(email) ? 'unknown' : email, name: key.name });
  },
});
