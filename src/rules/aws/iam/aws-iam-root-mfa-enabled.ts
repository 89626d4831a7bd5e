import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-root-mfa-enabled',
  title: 'The root user has MFA enabled',
  description:
    'The root user can do anything in the account, including closing it and changing its billing and ' +
    'support settings, and no policy can restrict it. A stolen or guessed root password without a second ' +
    'factor hands over the whole account.',
  severity: 'critical',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    noMfa: 'Root user of account {{name}} has no MFA device',
  },
  remediation: {
    text:
      'Sign in as the root user and assign an MFA device (a FIDO security key or passkey, a hardware TOTP ' +
      'token, or a virtual authenticator app) under Security credentials. Keep the device where only ' +
      'break-glass procedures can reach it.',
    console:
      'IAM console → (signed in as root) Security credentials → Multi-factor authentication → Assign MFA device',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
  ],
  check(account, ctx) {
    if (need(account.config, 'rootMfaEnabled')) return ctx.pass();
    return ctx.fail('noMfa', { name: account.name });
  },
});
