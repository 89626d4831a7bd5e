import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDynamoDbTable } from '../testing/app-fixtures.js';
import { rule } from './aws-dynamodb-table-capacity-scales.js';

const table = (config: Partial<typeof secureDynamoDbTable>) =>
  assetOf('aws.dynamodb.table', { ...secureDynamoDbTable, ...config }, { name: 'orders' });
const NOT_RECORDED = unknown('AWS Config does not record Application Auto Scaling targets');

runRuleTests(rule, {
  valid: [
    {
      name: 'on demand (scaling unknown does not matter)',
      asset: table({ readCapacityAutoScaling: NOT_RECORDED }),
    },
    {
      name: 'provisioned with read and write auto scaling',
      asset: table({
        billingMode: 'PROVISIONED',
        readCapacityAutoScaling: true,
        writeCapacityAutoScaling: true,
      }),
    },
  ],
  invalid: [
    {
      asset: table({ billingMode: 'PROVISIONED' }),
      messageId: 'fixed',
      message: 'DynamoDB table orders has provisioned capacity without auto scaling for read and write',
    },
    {
      asset: table({ billingMode: 'PROVISIONED', readCapacityAutoScaling: true }),
      messageId: 'fixed',
      message: 'DynamoDB table orders has provisioned capacity without auto scaling for write',
    },
  ],
  unknown: [
    {
      name: 'provisioned, scaling targets not recorded',
      asset: table({
        billingMode: 'PROVISIONED',
        readCapacityAutoScaling: NOT_RECORDED,
        writeCapacityAutoScaling: NOT_RECORDED,
      }),
      field: 'readCapacityAutoScaling',
    },
    { asset: table({ billingMode: unknown('x') }), field: 'billingMode' },
  ],
});
