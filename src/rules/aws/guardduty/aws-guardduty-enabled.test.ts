import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-guardduty-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        guardDuty: [
          { region: 'us-east-1', enabled: true },
          { region: 'eu-west-1', enabled: false },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not have GuardDuty enabled in eu-west-1',
    },
  ],
  unknown: [
    {
      name: 'not read (AWS Config import)',
      asset: account({ guardDuty: unknown('an AWS Config export does not record this') }),
      field: 'guardDuty',
    },
    { name: 'read in no region', asset: account({ guardDuty: [] }), field: 'guardDuty' },
  ],
});
