import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dynamodb-table-deletion-protection-enabled',
  title: 'DynamoDB tables have deletion protection enabled',
  description:
    'Deletion protection makes DeleteTable fail until someone turns the protection off first, so a mistaken or scripted delete cannot remove the table and its data.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.dynamodb.table'],
  messages: {
    off: 'DynamoDB table {{name}} does not have deletion protection enabled',
  },
  remediation: {
    text: 'Enable deletion protection on the table.',
    cli: 'aws dynamodb update-table --table-name <name> --deletion-protection-enabled',
    terraform: 'resource "aws_dynamodb_table" "this" {\n  # ...\n  deletion_protection_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-6',
  ],
  check(table, ctx) {
    if (need(table.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: table.name });
  },
});
