import { defineRule, need } from '../../api.js';

const DAY = 86_400_000;
/** AWS Security Hub's default for SecretsManager.4. */
export const MAX_DAYS_SINCE_ROTATION = 90;

export const rule = defineRule({
  id: 'aws-secretsmanager-secret-rotated-recently',
  title: 'Secrets Manager secrets are rotated within 90 days',
  description:
    'The longer a secret keeps the same value, the more places it has been copied to and the longer a ' +
    'leaked copy stays useful. A secret never rotated counts from its creation.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.secretsmanager.secret'],
  messages: {
    stale: 'Secrets Manager secret {{name}} was last {{what}} {{days}} days ago (more than {{max}})',
  },
  remediation: {
    text: 'Rotate the secret, and enable automatic rotation with an interval of 90 days or less.',
    cli: 'aws secretsmanager rotate-secret --secret-id <id>',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-4',
  ],
  check(secret, ctx) {
    const rotated = need(secret.config, 'lastRotatedAt');
    const since = rotated ?? need(secret.config, 'createdAt');
    if (since === null) return ctx.unknown('createdAt', 'the secret has no creation date');
    const days = Math.floor((ctx.now.getTime() - Date.parse(since)) / DAY);
    if (days <= MAX_DAYS_SINCE_ROTATION) return ctx.pass({ since });
    return ctx.fail(
      'stale',
      {
        name: secret.name,
        what: rotated === null ? 'created (never rotated)' : 'rotated',
        days,
        max: MAX_DAYS_SINCE_ROTATION,
      },
      { since },
    );
  },
});
