import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-access-analyzer-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        accessAnalyzer: [
          { region: 'us-east-1', enabled: true },
          { region: 'eu-west-1', enabled: false },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not have IAM Access Analyzer enabled in eu-west-1',
    },
  ],
  unknown: [
    {
      name: 'not read (AWS Config import)',
      asset: account({ accessAnalyzer: unknown('an AWS Config export does not record this') }),
      field: 'accessAnalyzer',
    },
    { name: 'read in no region', asset: account({ accessAnalyzer: [] }), field: 'accessAnalyzer' },
  ],
});
