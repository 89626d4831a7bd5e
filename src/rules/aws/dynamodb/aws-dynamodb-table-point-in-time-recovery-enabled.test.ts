import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDynamoDbTable } from '../testing/app-fixtures.js';
import { rule } from './aws-dynamodb-table-point-in-time-recovery-enabled.js';

const table = (config: Partial<typeof secureDynamoDbTable>) =>
  assetOf('aws.dynamodb.table', { ...secureDynamoDbTable, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [table({})],
  invalid: [
    {
      asset: table({ pointInTimeRecovery: false }),
      messageId: 'off',
      message: 'DynamoDB table orders does not have point-in-time recovery enabled',
    },
  ],
  unknown: [{ asset: table({ pointInTimeRecovery: unknown('not recorded') }), field: 'pointInTimeRecovery' }],
});
