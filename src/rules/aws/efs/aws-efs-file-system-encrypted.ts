import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-efs-file-system-encrypted',
  title: 'EFS file systems are encrypted at rest',
  description:
    'Encryption at rest protects file data, metadata and backups with a KMS key; it can only be chosen when the file system is created.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['aws.efs.file-system'],
  messages: {
    off: 'EFS file system {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Create an encrypted file system (encryption cannot be turned on later) and move the data to it.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-arn>',
    terraform:
      'resource "aws_efs_file_system" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
  ],
  check(fs, ctx) {
    if (need(fs.config, 'encrypted')) return ctx.pass();
    return ctx.fail('off', { name: fs.name });
  },
});
