import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-root-mfa-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ rootMfaEnabled: false }),
      messageId: 'noMfa',
      message: 'Root user of account 111122223333 has no MFA device',
    },
  ],
  unknown: [
    {
      name: 'AWS Config alone does not record the root user',
      asset: account({ rootMfaEnabled: unknown('AWS Config does not record the root user') }),
      field: 'rootMfaEnabled',
    },
  ],
});
