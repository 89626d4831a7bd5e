import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSnsTopic } from '../testing/app-fixtures.js';
import { rule } from './aws-sns-topic-delivery-status-logging-enabled.js';

const topic = (config: Partial<typeof secureSnsTopic>) =>
  assetOf('aws.sns.topic', { ...secureSnsTopic, ...config }, { name: 'alerts' });

runRuleTests(rule, {
  valid: [topic({}), topic({ deliveryStatusLogging: ['HTTP', 'Lambda'] })],
  invalid: [
    {
      asset: topic({ deliveryStatusLogging: [] }),
      messageId: 'off',
      message: 'SNS topic alerts does not log the delivery status of its messages',
    },
  ],
  unknown: [
    { asset: topic({ deliveryStatusLogging: unknown('not recorded') }), field: 'deliveryStatusLogging' },
  ],
});
