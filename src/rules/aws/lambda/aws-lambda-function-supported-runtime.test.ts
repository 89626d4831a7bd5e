import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureLambdaFunction } from '../testing/app-fixtures.js';
import { rule } from './aws-lambda-function-supported-runtime.js';

const fn = (config: Partial<typeof secureLambdaFunction>) =>
  assetOf('aws.lambda.function', { ...secureLambdaFunction, ...config }, { name: 'fn' });

runRuleTests(rule, {
  valid: [
    fn({}),
    { name: 'deprecated only after "now"', asset: fn({ runtime: 'nodejs20.x' }) },
    { name: 'a runtime the table does not know', asset: fn({ runtime: 'python3.14' }) },
  ],
  invalid: [
    {
      asset: fn({ runtime: 'python3.8' }),
      messageId: 'deprecated',
      message: 'Lambda function fn uses runtime python3.8, deprecated since 2024-10-14',
    },
    {
      asset: fn({ runtime: 'go1.x' }),
      messageId: 'deprecated',
      message: 'Lambda function fn uses runtime go1.x, deprecated since 2024-01-08',
    },
  ],
  notApplicable: [fn({ packageType: 'Image', runtime: null })],
  unknown: [{ asset: fn({ runtime: unknown('not recorded') }), field: 'runtime' }],
  now: new Date('2026-04-01T00:00:00Z'),
});
