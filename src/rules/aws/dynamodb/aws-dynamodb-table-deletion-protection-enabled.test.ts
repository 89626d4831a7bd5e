import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDynamoDbTable } from '../testing/app-fixtures.js';
import { rule } from './aws-dynamodb-table-deletion-protection-enabled.js';

const table = (config: Partial<typeof secureDynamoDbTable>) =>
  assetOf('aws.dynamodb.table', { ...secureDynamoDbTable, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [table({})],
  invalid: [
    {
      asset: table({ deletionProtection: false }),
      messageId: 'off',
      message: 'DynamoDB table orders does not have deletion protection enabled',
    },
  ],
  unknown: [{ asset: table({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
});
