import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-password-policy-strong.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });
const policy = secureAccount.passwordPolicy as Exclude<
  typeof secureAccount.passwordPolicy,
  null | { $unknown: string }
>;

runRuleTests(rule, {
  valid: [account({}), account({ passwordPolicy: { ...policy, minimumLength: 8 } })],
  invalid: [
    {
      asset: account({ passwordPolicy: null }),
      messageId: 'none',
      message: 'Account 111122223333 has no IAM password policy',
    },
    {
      asset: account({ passwordPolicy: { ...policy, minimumLength: 6, requireSymbols: false } }),
      messageId: 'weak',
      message:
        'Account 111122223333 password policy does not require minimum length 6 (at least 8), a symbol',
    },
  ],
  unknown: [{ asset: account({ passwordPolicy: unknown('not recorded') }), field: 'passwordPolicy' }],
});
