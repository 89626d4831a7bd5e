import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLambdaFunction } from '../testing/app-fixtures.js';
import { rule } from './aws-lambda-function-not-public.js';

const fn = (config: Partial<typeof secureLambdaFunction>) =>
  assetOf('aws.lambda.function', { ...secureLambdaFunction, ...config }, { name: 'fn' });

runRuleTests(rule, {
  valid: [
    fn({}),
    { name: 'no function policy', asset: fn({ policy: null }) },
    {
      name: 'everyone, narrowed to the organisation',
      asset: fn({
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'lambda:InvokeFunction',
              Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      asset: fn({
        policy: {
          Statement: [
            { Sid: 'open', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'lambda:InvokeFunction' },
          ],
        },
      }),
      messageId: 'public',
      message: 'Lambda function fn policy allows lambda:InvokeFunction to any principal (statement open)',
    },
    {
      name: 'a condition that admits the whole internet does not narrow',
      asset: fn({
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 'lambda:*',
              Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
            },
          ],
        },
      }),
      messageId: 'public',
      message: 'Lambda function fn policy allows lambda:* to any principal (statement #1)',
    },
  ],
  unknown: [{ asset: fn({ policy: unknown('lambda:GetPolicy denied') }), field: 'policy' }],
});
