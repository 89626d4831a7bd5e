import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-backup-recovery-point-encrypted',
  title: 'AWS Backup recovery points are encrypted at rest',
  description:
    'An encrypted recovery point can be read or restored only with the KMS key that protects it, which keeps a copy of production data from being the easy way in.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['aws.backup.recovery-point'],
  messages: {
    off: 'AWS Backup recovery point {{name}} is not encrypted',
  },
  remediation: {
    text: 'Back up to a vault with a KMS key (AWS Backup encrypts what it copies there); for resources backed up unencrypted, enable encryption on the source and take a new backup.',
    cli: 'aws backup create-backup-vault --backup-vault-name <name> --encryption-key-arn <key-arn>',
  },
  references: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/backup-controls.html#backup-1',
  ],
  check(rp, ctx) {
    if (need(rp.config, 'isEncrypted')) return ctx.pass();
    return ctx.fail('off', { name: rp.name });
  },
});
