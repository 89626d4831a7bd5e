import { defineRule, need } from '../../api.js';
import { policyShortfalls } from './password-policy.js';

export const rule = defineRule({
  id: 'aws-iam-password-policy-strong',
  title: 'The IAM password policy requires upper- and lower-case letters, numbers, symbols and 8+ characters',
  description:
    'IAM user passwords are only as strong as the account password policy lets them be. AWS FSBP IAM.7 ' +
    'asks the policy to require at least 8 characters with an upper-case letter, a lower-case letter, a ' +
    'number and a symbol.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no IAM password policy',
    weak: 'Account {{name}} password policy does not require {{missing}}',
  },
  remediation: {
    text: 'Set the account password policy with complexity requirements. update-account-password-policy replaces the whole policy: pass every setting you want to keep.',
    cli:
      'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 ' +
      '--require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  require_symbols              = true\n  require_numbers              = true\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-7',
  ],
  check(account, ctx) {
    const policy = need(account.config, 'passwordPolicy');
    if (policy === null) return ctx.fail('none', { name: account.name });
    const missing = policyShortfalls(policy, {
      minimumLength: 8,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
    });
    if (missing.length > 0)
      return ctx.fail(
        'weak',
        { name: account.name, missing: missing.join(', ') },
        { passwordPolicy: policy },
      );
    return ctx.pass({ passwordPolicy: policy });
  },
});
