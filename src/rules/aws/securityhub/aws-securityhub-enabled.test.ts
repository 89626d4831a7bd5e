import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-securityhub-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        securityHub: [
          { region: 'us-east-1', enabled: true },
          { region: 'eu-west-1', enabled: false },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not have Security Hub enabled in eu-west-1',
    },
  ],
  unknown: [
    {
      name: 'not read (AWS Config import)',
      asset: account({ securityHub: unknown('an AWS Config export does not record this') }),
      field: 'securityHub',
    },
    { name: 'read in no region', asset: account({ securityHub: [] }), field: 'securityHub' },
  ],
});
