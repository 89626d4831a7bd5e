import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLambdaFunction } from '../testing/app-fixtures.js';
import { rule } from './aws-lambda-function-in-vpc.js';

const fn = (config: Partial<typeof secureLambdaFunction>) =>
  assetOf('aws.lambda.function', { ...secureLambdaFunction, ...config }, { name: 'fn' });

runRuleTests(rule, {
  valid: [fn({}), fn({ subnetIds: ['subnet-0a'] })],
  invalid: [
    {
      asset: fn({ subnetIds: [] }),
      messageId: 'outside',
      message: 'Lambda function fn does not run in a VPC',
    },
  ],
  unknown: [{ asset: fn({ subnetIds: unknown('not recorded') }), field: 'subnetIds' }],
});
