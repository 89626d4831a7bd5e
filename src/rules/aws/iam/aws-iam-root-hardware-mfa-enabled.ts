import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-root-hardware-mfa-enabled',
  title: 'The root user uses a hardware MFA device',
  description:
    'A virtual MFA app lives on a phone or laptop that is online, backed up and shared with everything else ' +
    'on it. For the root user, which can do anything and cannot be restricted by IAM policies, AWS FSBP ' +
    'IAM.6 and CIS ask for a hardware device (a FIDO security key or a hardware TOTP token).',
  severity: 'critical',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    noMfa: 'Account {{name}} root user has no MFA device at all',
    virtual: 'Account {{name}} root user uses a virtual MFA device, not a hardware one',
  },
  remediation: {
    text: 'Sign in as the root user, register a FIDO security key or hardware TOTP token, then remove the virtual MFA device. Store the hardware device with break-glass procedures.',
    console:
      'IAM console → (signed in as root) Security credentials → Multi-factor authentication → Assign MFA device → Passkey or security key / Hardware TOTP token',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
  ],
  check(account, ctx) {
    if (!need(account.config, 'rootMfaEnabled')) return ctx.fail('noMfa', { name: account.name });
    if (need(account.config, 'rootVirtualMfa')) return ctx.fail('virtual', { name: account.name });
    return ctx.pass();
  },
});
