import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-password-policy-expiry-and-reuse.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });
const policy = secureAccount.passwordPolicy as Exclude<
  typeof secureAccount.passwordPolicy,
  null | { $unknown: string }
>;

runRuleTests(rule, {
  valid: [
    account({ passwordPolicy: { ...policy, maxAgeDays: 90 } }),
    account({ passwordPolicy: { ...policy, maxAgeDays: 30, reusePrevention: 4 } }),
  ],
  invalid: [
    { asset: account({ passwordPolicy: null }), messageId: 'none' },
    {
      name: 'passwords never expire',
      asset: account({ passwordPolicy: { ...policy, maxAgeDays: null } }),
      messageId: 'weak',
      message: 'Account 111122223333 password policy lacks password expiry off (at most 90 days)',
    },
    {
      name: 'reuse allowed, expiry too long',
      asset: account({ passwordPolicy: { ...policy, maxAgeDays: 365, reusePrevention: null } }),
      messageId: 'weak',
      message:
        'Account 111122223333 password policy lacks reuse prevention off (at least 4 passwords remembered), password expiry 365 days (at most 90 days)',
    },
  ],
  unknown: [{ asset: account({ passwordPolicy: unknown('not recorded') }), field: 'passwordPolicy' }],
});
