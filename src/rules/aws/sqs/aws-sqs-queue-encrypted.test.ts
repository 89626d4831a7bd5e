import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqsQueue } from '../testing/app-fixtures.js';
import { rule } from './aws-sqs-queue-encrypted.js';

const queue = (config: Partial<typeof secureSqsQueue>) =>
  assetOf('aws.sqs.queue', { ...secureSqsQueue, ...config }, { name: 'jobs' });

runRuleTests(rule, {
  valid: [queue({}), queue({ sqsManagedSseEnabled: false, kmsMasterKeyId: 'alias/aws/sqs' })],
  invalid: [
    {
      asset: queue({ sqsManagedSseEnabled: false }),
      messageId: 'off',
      message: 'SQS queue jobs is not encrypted at rest',
    },
  ],
  unknown: [
    { asset: queue({ kmsMasterKeyId: unknown('not recorded') }), field: 'kmsMasterKeyId' },
    { asset: queue({ sqsManagedSseEnabled: unknown('not recorded') }), field: 'sqsManagedSseEnabled' },
  ],
});
