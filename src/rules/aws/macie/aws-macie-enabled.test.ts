import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-macie-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      name: 'off (or paused) in one region',
      asset: account({
        macie: [
          { region: 'us-east-1', enabled: true },
          { region: 'eu-west-1', enabled: false },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not have Amazon Macie enabled in eu-west-1',
    },
  ],
  unknown: [
    {
      name: 'not read (AWS Config import)',
      asset: account({
        macie: unknown('an AWS Config export does not record this (macie2:GetMacieSession)'),
      }),
      field: 'macie',
    },
    { name: 'read in no region', asset: account({ macie: [] }), field: 'macie' },
  ],
});
