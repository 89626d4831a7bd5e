import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-account-security-contact-registered.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ securityContact: false }),
      messageId: 'none',
      message: 'Account 111122223333 has no security contact registered',
    },
  ],
  unknown: [
    {
      asset: account({ securityContact: unknown('account:GetAlternateContact denied') }),
      field: 'securityContact',
    },
  ],
});
