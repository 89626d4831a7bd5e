import { defineRule, need } from '../../api.js';
import { policyShortfalls } from './password-policy.js';

export const rule = defineRule({
  id: 'aws-iam-password-policy-expiry-and-reuse',
  title: 'The IAM password policy expires passwords within 90 days and remembers the last 4',
  description:
    'AWS FSBP IAM.10 (from PCI DSS) asks the account password policy to require at least 7 characters ' +
    'with upper- and lower-case letters and numbers, to expire passwords after at most 90 days, and to ' +
    'prevent reuse of the last 4. Expiry limits how long a leaked password works.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no IAM password policy',
    weak: 'Account {{name}} password policy lacks {{missing}}',
  },
  remediation: {
    text: 'Set a password policy with expiry and reuse prevention. update-account-password-policy replaces the whole policy: pass every setting you want to keep.',
    cli:
      'aws iam update-account-password-policy --minimum-password-length 14 --max-password-age 90 ' +
      '--password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters',
    terraform:
      'resource "aws_iam_account_password_policy" "this" {\n  minimum_password_length      = 14\n  max_password_age             = 90\n  password_reuse_prevention    = 24\n  require_numbers              = true\n  require_uppercase_characters = true\n  require_lowercase_characters = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-10',
  ],
  check(account, ctx) {
    const policy = need(account.config, 'passwordPolicy');
    if (policy === null) return ctx.fail('none', { name: account.name });
    const missing = policyShortfalls(policy, {
      minimumLength: 7,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      reusePrevention: 4,
      maxAgeDays: 90,
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
