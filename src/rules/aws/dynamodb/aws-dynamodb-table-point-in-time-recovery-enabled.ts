import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-dynamodb-table-point-in-time-recovery-enabled',
  title: 'DynamoDB tables have point-in-time recovery enabled',
  description:
    'Point-in-time recovery keeps continuous backups of a table for up to 35 days, so it can be restored to any second in that window after an accidental or malicious write or delete.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.dynamodb.table'],
  messages: {
    off: 'DynamoDB table {{name}} does not have point-in-time recovery enabled',
  },
  remediation: {
    text: 'Enable point-in-time recovery on the table.',
    cli: 'aws dynamodb update-continuous-backups --table-name <name> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform:
      'resource "aws_dynamodb_table" "this" {\n  # ...\n  point_in_time_recovery {\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-2',
  ],
  check(table, ctx) {
    if (need(table.config, 'pointInTimeRecovery')) return ctx.pass();
    return ctx.fail('off', { name: table.name });
  },
});
