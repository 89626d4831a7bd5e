import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secrets have automatic rotation enabled',
  description:
    'Automatic rotation replaces a secret (a database password, an API key) on a schedule with a rotation ' +
    'function, so a leaked value stops working without anyone having to notice the leak first.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.secretsmanager.secret'],
  messages: {
    off: 'Secrets Manager secret {{name}} does not rotate automatically',
  },
  remediation: {
    text: 'Configure automatic rotation with a rotation function and a schedule.',
    cli: 'aws secretsmanager rotate-secret --secret-id <id> --rotation-lambda-arn <function-arn> --rotation-rules AutomaticallyAfterDays=30',
  },
  references: [
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/secretsmanager-controls.html#secretsmanager-1',
  ],
  check(secret, ctx) {
    if (need(secret.config, 'rotationEnabled')) return ctx.pass();
    return ctx.fail('off', { name: secret.name });
  },
});
