import { isUnknown } from '../../../model/unknown.js';
import { defineRule, need } from '../../api.js';

const MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

export const rule = defineRule({
  id: 'gcp-iam-service-account-key-rotated',
  title: 'User-managed service account keys are younger than 90 days',
  description:
    'The longer a key lives, the more places it has been copied to and the longer a leaked copy stays useful. ' +
    'Rotating user-managed keys at least every 90 days bounds that window.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['gcp.iam.service-account-key'],
  messages: {
    old: 'Key {{name}} of service account {{account}} is {{days}} days old (created {{created}})',
  },
  remediation: {
    text:
      'Create a new key, move its users to it, then delete the old key — or, better, replace the key with ' +
      'Workload Identity Federation or an attached service account; constraints/iam.serviceAccountKeyExpiryHours ' +
      'makes new keys expire.',
    cli:
      'gcloud iam service-accounts keys create new-key.json --iam-account=<sa-email>\n' +
      'gcloud iam service-accounts keys delete <old-key-id> --iam-account=<sa-email>',
  },
  references: [
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys#rotate-keys',
  ],
  check(key, ctx) {
    if (need(key.config, 'keyType') === 'SYSTEM_MANAGED')
      return ctx.notApplicable('system-managed key (Google rotates it)');
    if (need(key.config, 'disabled')) return ctx.notApplicable('disabled key');
    const before = key.config.validBeforeTime;
    if (!isUnknown(before) && before !== null && Date.parse(before) <= ctx.now.getTime())
      return ctx.notApplicable('expired key');
    const created = need(key.config, 'validAfterTime');
    const createdMs = Date.parse(created);
    if (Number.isNaN(createdMs)) throw new Error(`validAfterTime is not a date: ${created}`);
    const days = Math.floor((ctx.now.getTime() - createdMs) / DAY_MS);
    if (days < MAX_AGE_DAYS) return ctx.pass({ ageDays: days });
    const email = key.config.serviceAccountEmail;
    return ctx.fail(
      'old',
      { name: key.name, account: isUnknown(email) ? 'unknown' : email, days, created },
      { ageDays: days, validAfterTime: created },
    );
  },
});
