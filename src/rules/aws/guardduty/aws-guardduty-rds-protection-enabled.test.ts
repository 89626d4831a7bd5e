import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-guardduty-rds-protection-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        guardDutyFeatures: [
          { region: 'us-east-1', features: ['RDS_LOGIN_EVENTS'] },
          { region: 'eu-west-1', features: ['EBS_MALWARE_PROTECTION'] },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not have GuardDuty RDS Protection enabled in eu-west-1',
    },
  ],
  unknown: [
    {
      asset: account({ guardDutyFeatures: unknown('AWS Config does not record this') }),
      field: 'guardDutyFeatures',
    },
    { name: 'read in no region', asset: account({ guardDutyFeatures: [] }), field: 'guardDutyFeatures' },
  ],
});
