import { defineRule, need } from '../../api.js';

const MIN_LENGTH = 14;

export const rule = defineRule({
  id: 'aws-iam-password-policy-min-length-14',
  title: 'The IAM password policy requires passwords of at least 14 characters',
  description:
    'Length is what makes a password hard to guess or crack. Without an account password policy IAM ' +
    'accepts passwords of 8 characters; CIS and AWS Foundational Security Best Practices ask for 14.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no IAM password policy (IAM then accepts 8-character passwords)',
    tooShort: 'Account {{name}} password policy requires only {{length}} characters (at least 14 needed)',
  },
  remediation: {
    text:
      'Set the account password policy with a minimum length of 14 or more. update-account-password-policy ' +
      'replaces the whole policy: pass every setting you want to keep.',
    cli:
      'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 ' +
      '--require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters ' +
      '--allow-users-to-change-password',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length        = 14\n  password_reuse_prevention      = 24\n  require_symbols                = true\n  require_numbers                = true\n  require_uppercase_characters   = true\n  require_lowercase_characters   = true\n  allow_users_to_change_password = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
  ],
  check(account, ctx) {
    const policy = need(account.config, 'passwordPolicy');
    if (policy === null) return ctx.fail('none', { name: account.name });
    if (policy.minimumLength < MIN_LENGTH)
      return ctx.fail(
        'tooShort',
        { name: account.name, length: policy.minimumLength },
        { passwordPolicy: policy },
      );
    return ctx.pass({ minimumLength: policy.minimumLength });
  },
});
