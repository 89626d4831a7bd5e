import { defineRule, known } from '../../api.js';
import { backupPlanVerdict } from '../backup/plan-coverage.js';

export const rule = defineRule({
  id: 'aws-efs-file-system-in-backup-plan',
  title: 'EFS file systems are covered by an AWS Backup plan',
  description:
    'An AWS Backup plan backs the file system up on a schedule with a retention of its own and can copy the ' +
    "backups to other vaults, regions or accounts. EFS automatic backups count: they are AWS Backup's own " +
    'plan (aws/efs/automatic-backup-plan) selecting the file system.',
  severity: 'medium',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.efs.file-system'],
  requires: ['aws.backup.selection'],
  messages: {
    none: 'EFS file system {{name}} is not selected by any AWS Backup plan',
  },
  remediation: {
    text: 'Turn on EFS automatic backups, or assign the file system to a backup plan (a selection naming its ARN, all file systems, or a tag it carries).',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
    terraform:
      'resource "aws_efs_backup_policy" "this" {\n  file_system_id = aws_efs_file_system.this.id\n  backup_policy {\n    status = "ENABLED"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-2',
  ],
  check(fs, ctx) {
    const automatic = fs.config.backupPolicyStatus;
    if (automatic === 'ENABLED') return ctx.pass({ backupPlans: ['aws/efs/automatic-backup-plan'] });
    const verdict = backupPlanVerdict(fs, ctx, 'none');
    // No plan selects it: that is a finding only if automatic backups are known to be off.
    if (verdict.status === 'fail') known(automatic, 'backupPolicyStatus');
    return verdict;
  },
});
