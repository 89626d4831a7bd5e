import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSnsTopic } from '../testing/app-fixtures.js';
import { rule } from './aws-sns-topic-encrypted.js';

const topic = (config: Partial<typeof secureSnsTopic>) =>
  assetOf('aws.sns.topic', { ...secureSnsTopic, ...config }, { name: 'alerts' });

runRuleTests(rule, {
  valid: [topic({})],
  invalid: [
    {
      asset: topic({ kmsMasterKeyId: null }),
      messageId: 'off',
      message: 'SNS topic alerts is not encrypted at rest',
    },
  ],
  unknown: [{ asset: topic({ kmsMasterKeyId: unknown('not recorded') }), field: 'kmsMasterKeyId' }],
});
