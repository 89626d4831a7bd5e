import { defineRule } from '../../api.js';
import { backupPlanVerdict } from '../backup/plan-coverage.js';

export const rule = defineRule({
  id: 'aws-dynamodb-table-in-backup-plan',
  title: 'DynamoDB tables are covered by an AWS Backup plan',
  description:
    'An AWS Backup plan takes scheduled backups of the table with a retention of its own and can copy them ' +
    'to other vaults, regions or accounts; point-in-time recovery alone keeps at most 35 days, in the same ' +
    'account and region.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.dynamodb.table'],
  requires: ['aws.backup.selection'],
  messages: {
    none: 'DynamoDB table {{name}} is not selected by any AWS Backup plan',
  },
  remediation: {
    text: 'Assign the table to a backup plan: a resource selection naming its ARN, all tables (arn:aws:dynamodb:*:*:table/*), or a tag it carries.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"dynamodb","IamRoleArn":"<role-arn>","Resources":["arn:aws:dynamodb:*:*:table/*"]}\'',
    terraform:
      'resource "aws_backup_selection" "dynamodb" {\n  name         = "dynamodb"\n  plan_id      = aws_backup_plan.this.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = ["arn:aws:dynamodb:*:*:table/*"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-4',
  ],
  check(table, ctx) {
    return backupPlanVerdict(table, ctx, 'none');
  },
});
