import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-password-policy-min-length-14.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });
const policy = secureAccount.passwordPolicy as Exclude<
  typeof secureAccount.passwordPolicy,
  null | { $unknown: string }
>;

runRuleTests(rule, {
  valid: [account({}), account({ passwordPolicy: { ...policy, minimumLength: 20 } })],
  invalid: [
    {
      asset: account({ passwordPolicy: null }),
      messageId: 'none',
      message: 'Account 111122223333 has no IAM password policy (IAM then accepts 8-character passwords)',
    },
    {
      asset: account({ passwordPolicy: { ...policy, minimumLength: 8 } }),
      messageId: 'tooShort',
      message: 'Account 111122223333 password policy requires only 8 characters (at least 14 needed)',
    },
  ],
  unknown: [
    {
      asset: account({
        passwordPolicy: unknown('AWS Config does not record the IAM account password policy'),
      }),
      field: 'passwordPolicy',
    },
  ],
});
