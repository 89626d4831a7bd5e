import { defineRule, need } from '../../api.js';

const REMEMBERED = 24;

export const rule = defineRule({
  id: 'aws-iam-password-policy-prevents-reuse',
  title: 'The IAM password policy prevents reuse of the last 24 passwords',
  description:
    'When people may reuse old passwords, a password that leaked once keeps working after a forced change. ' +
    'Remembering the last 24 passwords, as CIS and AWS Foundational Security Best Practices ask, makes ' +
    'cycling back impractical.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no IAM password policy, so passwords may be reused',
    allowed: 'Account {{name}} password policy allows passwords to be reused',
    tooFew:
      'Account {{name}} password policy prevents reuse of only the last {{count}} passwords (24 needed)',
  },
  remediation: {
    text:
      'Set password reuse prevention to 24 in the account password policy. update-account-password-policy ' +
      'replaces the whole policy: pass every setting you want to keep.',
    cli:
      'aws iam update-account-password-policy --password-reuse-prevention 24 --minimum-password-length 14 ' +
      '--require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters ' +
      '--allow-users-to-change-password',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  password_reuse_prevention = 24\n  minimum_password_length   = 14\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  check(account, ctx) {
    const policy = need(account.config, 'passwordPolicy');
    if (policy === null) return ctx.fail('none', { name: account.name });
    if (policy.reusePrevention === null) return ctx.fail('allowed', { name: account.name });
    if (policy.reusePrevention < REMEMBERED)
      return ctx.fail(
        'tooFew',
        { name: account.name, count: policy.reusePrevention },
        { passwordPolicy: policy },
      );
    return ctx.pass({ reusePrevention: policy.reusePrevention });
  },
});
