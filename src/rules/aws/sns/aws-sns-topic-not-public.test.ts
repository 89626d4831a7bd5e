import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSnsTopic } from '../testing/app-fixtures.js';
import { rule } from './aws-sns-topic-not-public.js';

const topic = (config: Partial<typeof secureSnsTopic>) =>
  assetOf('aws.sns.topic', { ...secureSnsTopic, ...config }, { name: 'alerts' });

runRuleTests(rule, {
  valid: [topic({}), topic({ policy: null })],
  invalid: [
    {
      asset: topic({
        policy: {
          Statement: [
            { Sid: 'world', Effect: 'Allow', Principal: '*', Action: ['SNS:Subscribe', 'SNS:Receive'] },
          ],
        },
      }),
      messageId: 'public',
      message: 'SNS topic alerts policy allows SNS:Subscribe, SNS:Receive to any principal (statement world)',
    },
    {
      name: 'a negated condition does not narrow',
      asset: topic({
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: 'SNS:Publish',
              Condition: { StringNotEquals: { 'aws:SourceAccount': '444455556666' } },
            },
          ],
        },
      }),
      messageId: 'public',
      message: 'SNS topic alerts policy allows SNS:Publish to any principal (statement #1)',
    },
  ],
  unknown: [{ asset: topic({ policy: unknown('not recorded') }), field: 'policy' }],
});
