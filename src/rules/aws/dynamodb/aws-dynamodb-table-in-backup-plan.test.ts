import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { noCriteria, selection, tag } from '../testing/backup-fixtures.js';
import { secureDynamoDbTable } from '../testing/app-fixtures.js';
import { rule } from './aws-dynamodb-table-in-backup-plan.js';

const ARN = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders';
const table = (
  config: Partial<typeof secureDynamoDbTable> = {},
  tags: Record<string, string> = { backup: 'yes' },
) => assetOf('aws.dynamodb.table', { ...secureDynamoDbTable, ...config }, { name: 'orders', uid: ARN, tags });
const byTag = selection({
  resources: ['*'],
  conditions: { ...noCriteria.conditions, stringEquals: [tag('backup', 'yes')] },
});

runRuleTests(rule, {
  valid: [
    { name: 'by tag condition', asset: table(), related: [byTag] },
    {
      name: 'by ARN even with tags unread',
      asset: table({ tagsRead: unknown('denied') }),
      related: [selection({ resources: [ARN] })],
    },
  ],
  invalid: [
    {
      name: 'not tagged for the plan',
      asset: table({}, {}),
      related: [byTag],
      messageId: 'none',
      message: 'DynamoDB table orders is not selected by any AWS Backup plan',
    },
    { name: 'no plan', asset: table(), complete: ['aws.backup.selection'], messageId: 'none' },
  ],
  unknown: [
    {
      name: 'a tag-based selection, and the table tags could not be read',
      asset: table({ tagsRead: unknown('dynamodb:ListTagsOfResource denied') }),
      related: [byTag],
      field: 'backup selection daily-all',
    },
    { name: 'no selection recorded', asset: table(), field: 'backup plans' },
  ],
});
