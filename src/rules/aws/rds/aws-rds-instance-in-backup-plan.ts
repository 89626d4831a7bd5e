import { defineRule, need } from '../../api.js';
import { backupPlanVerdict } from '../backup/plan-coverage.js';

/** Engines whose instances AWS Backup protects through their DB cluster, not one by one. */
const CLUSTER_ENGINES = /^(aurora|docdb|neptune)/;

export const rule = defineRule({
  id: 'aws-rds-instance-in-backup-plan',
  title: 'RDS DB instances are covered by an AWS Backup plan',
  description:
    'An AWS Backup plan takes scheduled backups on its own calendar and retention, copies them to other ' +
    'vaults, regions or accounts, and keeps them apart from the database (a deleted instance does not take ' +
    'them with it). Aurora, DocumentDB and Neptune instances are not assessed here: AWS Backup protects ' +
    'their clusters.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  requires: ['aws.backup.selection'],
  messages: {
    none: 'DB instance {{name}} is not selected by any AWS Backup plan',
  },
  remediation: {
    text: 'Assign the instance to a backup plan: a resource selection naming its ARN, all RDS instances (arn:aws:rds:*:*:db:*), or a tag it carries.',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"rds","IamRoleArn":"<role-arn>","Resources":["arn:aws:rds:*:*:db:*"]}\'',
    terraform:
      'resource "aws_backup_selection" "rds" {\n  name         = "rds"\n  plan_id      = aws_backup_plan.this.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = ["arn:aws:rds:*:*:db:*"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-26',
  ],
  check(db, ctx) {
    if (CLUSTER_ENGINES.test(need(db.config, 'engine')))
      return ctx.notApplicable('AWS Backup protects this engine through its DB cluster');
    return backupPlanVerdict(db, ctx, 'none');
  },
});
