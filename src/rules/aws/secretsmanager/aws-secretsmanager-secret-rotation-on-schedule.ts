import { defineRule, need } from '../../api.js';

const DAY = 86_400_000;
/** Rotation may finish a little after its due time (rotation windows, retries). */
const GRACE_DAYS = 2;

export const rule = defineRule({
  id: 'aws-secretsmanager-secret-rotation-on-schedule',
  title: 'Secrets Manager secrets configured for rotation rotate successfully',
  description:
    'A secret whose rotation keeps failing keeps its old value while looking protected. This checks that ' +
    'a secret with rotation enabled was last rotated within its rotation interval (plus two days).',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.secretsmanager.secret'],
  messages: {
    never: 'Secrets Manager secret {{name}} has rotation enabled but has never rotated',
    late: 'Secrets Manager secret {{name}} last rotated {{days}} days ago, but rotates every {{interval}} days',
  },
  remediation: {
    text:
      'Find out why rotation fails (the rotation function’s CloudWatch logs, its network access to the ' +
      'database, its permissions), fix it and rotate the secret.',
    cli: 'aws secretsmanager rotate-secret --secret-id <id>',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/troubleshoot_rotation.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-2',
  ],
  check(secret, ctx) {
    if (!need(secret.config, 'rotationEnabled')) return ctx.notApplicable('rotation is not enabled');
    const interval = need(secret.config, 'rotationIntervalDays');
    if (interval === null) return ctx.notApplicable('the rotation schedule is not a number of days');
    const last = need(secret.config, 'lastRotatedAt');
    if (last === null) return ctx.fail('never', { name: secret.name });
    const days = Math.floor((ctx.now.getTime() - Date.parse(last)) / DAY);
    if (days <= interval + GRACE_DAYS) return ctx.pass({ lastRotatedAt: last, interval });
    return ctx.fail('late', { name: secret.name, days, interval }, { lastRotatedAt: last });
  },
});
