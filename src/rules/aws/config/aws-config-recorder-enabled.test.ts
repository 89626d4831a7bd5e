import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-config-recorder-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });
const rec = (region: string, recording = true, allResourceTypes = true, includesGlobalTypes = false) => ({
  region,
  recording,
  allResourceTypes,
  includesGlobalTypes,
});

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        configRecorder: [rec('us-east-1', true, true, true), rec('eu-west-1', false, false)],
      }),
      messageId: 'notRecording',
      message: 'Account 111122223333 has no AWS Config recorder recording in eu-west-1',
    },
    {
      asset: account({ configRecorder: [rec('us-east-1', true, true, true), rec('eu-west-1', true, false)] }),
      messageId: 'partial',
      message: 'Account 111122223333 AWS Config does not record every resource type in eu-west-1',
    },
    {
      asset: account({ configRecorder: [rec('us-east-1'), rec('eu-west-1')] }),
      messageId: 'noGlobal',
      message: 'Account 111122223333 AWS Config records global resource types (IAM) in no region',
    },
  ],
  unknown: [
    {
      asset: account({ configRecorder: unknown('config:DescribeConfigurationRecorders was denied') }),
      field: 'configRecorder',
    },
    { asset: account({ configRecorder: [] }), field: 'configRecorder' },
  ],
});
