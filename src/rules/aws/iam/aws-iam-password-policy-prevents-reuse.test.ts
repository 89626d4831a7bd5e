import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-password-policy-prevents-reuse.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });
const policy = secureAccount.passwordPolicy as Exclude<
  typeof secureAccount.passwordPolicy,
  null | { $unknown: string }
>;

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ passwordPolicy: null }),
      messageId: 'none',
      message: 'Account 111122223333 has no IAM password policy, so passwords may be reused',
    },
    {
      asset: account({ passwordPolicy: { ...policy, reusePrevention: null } }),
      messageId: 'allowed',
      message: 'Account 111122223333 password policy allows passwords to be reused',
    },
    {
      asset: account({ passwordPolicy: { ...policy, reusePrevention: 5 } }),
      messageId: 'tooFew',
      message: 'Account 111122223333 password policy prevents reuse of only the last 5 passwords (24 needed)',
    },
  ],
  unknown: [
    {
      asset: account({ passwordPolicy: unknown('iam:GetAccountPasswordPolicy denied') }),
      field: 'passwordPolicy',
    },
  ],
});
