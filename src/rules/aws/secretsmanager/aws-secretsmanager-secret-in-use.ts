import { defineRule, need } from '../../api.js';

const DAY = 86_400_000;
/** AWS Security Hub's default for SecretsManager.3. */
export const MAX_DAYS_UNUSED = 90;

export const rule = defineRule({
  id: 'aws-secretsmanager-secret-in-use',
  title: 'Unused Secrets Manager secrets are removed',
  description:
    'A secret nobody has read for 90 days is most likely left over, yet it still holds working ' +
    'credentials (and costs money). Deleting it removes a credential nobody watches. A secret never ' +
    'read counts from its creation.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.secretsmanager.secret'],
  messages: {
    unused: 'Secrets Manager secret {{name}} has not been read for {{days}} days (more than {{max}})',
  },
  remediation: {
    text: 'Confirm nothing uses the secret, then schedule its deletion (with a recovery window).',
    cli: 'aws secretsmanager delete-secret --secret-id <id> --recovery-window-in-days 30',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-3',
  ],
  check(secret, ctx) {
    const accessed = need(secret.config, 'lastAccessedAt');
    const since = accessed ?? need(secret.config, 'createdAt');
    if (since === null) return ctx.unknown('createdAt', 'the secret has no creation date');
    const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY);
    if (days <= MAX_DAYS_UNUSED) return ctx.pass({ since });
    return ctx.fail(
      'unused',
      { name: secret.name, days, max: MAX_DAYS_UNUSED },
      { lastAccessedAt: accessed },
    );
  },
});
