import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-user-console-mfa-enabled',
  title: 'IAM users with a console password have MFA enabled',
  description:
    'A console password alone can be phished, guessed or reused from another breach. An MFA device makes ' +
    'a stolen password insufficient to sign in.',
  severity: 'high',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.iam.user'],
  messages: {
    noMfa: 'IAM user {{name}} can sign in to the console with a password but has no MFA device',
  },
  remediation: {
    text:
      'Assign an MFA device to the user (or have them assign their own), or remove the console password if ' +
      'the user does not need the console. Better still, move people to IAM Identity Center with MFA.',
    cli: 'aws iam delete-login-profile --user-name <user>   # if the user does not need the console',
    console: 'IAM console → Users → <user> → Security credentials → Assign MFA device',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  check(user, ctx) {
    if (!need(user.config, 'passwordEnabled')) return ctx.notApplicable('the user has no console password');
    if (need(user.config, 'mfaActive')) return ctx.pass();
    return ctx.fail('noMfa', { name: user.name });
  },
});
