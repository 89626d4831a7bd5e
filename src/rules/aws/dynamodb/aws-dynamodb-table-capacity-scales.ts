import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dynamodb-table-capacity-scales',
  title: 'DynamoDB tables scale capacity with demand',
  description:
    'A table in provisioned mode without auto scaling throttles reads and writes once traffic passes the ' +
    'capacity set by hand, which makes the application unavailable. On-demand tables, or provisioned tables ' +
    'with Application Auto Scaling on both read and write capacity, follow demand. Global secondary indexes ' +
    'are not assessed.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.dynamodb.table'],
  messages: {
    fixed: 'DynamoDB table {{name}} has provisioned capacity without auto scaling for {{which}}',
  },
  remediation: {
    text: 'Switch the table to on-demand capacity, or register read and write capacity with Application Auto Scaling and attach target-tracking policies.',
    cli: 'aws dynamodb update-table --table-name <name> --billing-mode PAY_PER_REQUEST',
    terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  billing_mode = "PAY_PER_REQUEST"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-1',
  ],
  check(table, ctx) {
    if (need(table.config, 'billingMode') === 'PAY_PER_REQUEST')
      return ctx.pass({ billingMode: 'PAY_PER_REQUEST' });
    const read = need(table.config, 'readCapacityAutoScaling');
    const write = need(table.config, 'writeCapacityAutoScaling');
    if (read && write) return ctx.pass({ readCapacityAutoScaling: true, writeCapacityAutoScaling: true });
    const which = [...(read ? [] : ['read']), ...(write ? [] : ['write'])].join(' and ');
    return ctx.fail('fixed', { name: table.name, which });
  },
});
