import { defineRule } from '../../api.js';
import { backupPlanVerdict } from '../backup/plan-coverage.js';

export const rule = defineRule({
  id: 'aws-ec2-volume-in-backup-plan',
  title: 'EBS volumes are covered by an AWS Backup plan',
  description:
    'An AWS Backup plan snapshots the volume on a schedule, keeps the snapshots for a set time and can copy ' +
    'them to other vaults, regions or accounts, so a deleted, corrupted or encrypted-by-ransomware volume ' +
    'can be restored.',
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.ec2.volume'],
  requires: ['aws.backup.selection'],
  messages: {
    none: 'EBS volume {{name}} is not selected by any AWS Backup plan',
  },
  remediation: {
    text: 'Assign the volume to a backup plan: a resource selection naming its ARN, all volumes (arn:aws:ec2:*:*:volume/*), or a tag it carries (or back up the instance it is attached to).',
    cli: 'aws backup create-backup-selection --backup-plan-id <plan-id> --backup-selection \'{"SelectionName":"ebs","IamRoleArn":"<role-arn>","Resources":["arn:aws:ec2:*:*:volume/*"]}\'',
    terraform:
      'resource "aws_backup_selection" "ebs" {\n  name         = "ebs"\n  plan_id      = aws_backup_plan.this.id\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = ["arn:aws:ec2:*:*:volume/*"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-28',
  ],
  check(volume, ctx) {
    return backupPlanVerdict(volume, ctx, 'none');
  },
});
