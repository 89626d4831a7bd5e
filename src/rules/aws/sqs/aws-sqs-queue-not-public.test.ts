import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqsQueue } from '../testing/app-fixtures.js';
import { rule } from './aws-sqs-queue-not-public.js';

const queue = (config: Partial<typeof secureSqsQueue>) =>
  assetOf('aws.sqs.queue', { ...secureSqsQueue, ...config }, { name: 'jobs' });

runRuleTests(rule, {
  valid: [
    queue({}),
    {
      name: 'everyone, narrowed to one SNS topic',
      asset: queue({
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'sqs:SendMessage',
              Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:alerts' } },
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      asset: queue({
        policy: {
          Statement: [{ Sid: 'all', Effect: 'Allow', Principal: '*', NotAction: 'sqs:DeleteQueue' }],
        },
      }),
      messageId: 'public',
      message: 'SQS queue jobs policy allows all but sqs:DeleteQueue to any principal (statement all)',
    },
  ],
  unknown: [{ asset: queue({ policy: unknown('not recorded') }), field: 'policy' }],
});
