import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-storage-encrypted',
  title: 'RDS DB instances encrypt their storage',
  description:
    'Encryption at rest protects the database storage, its automated backups, read replicas and snapshots. ' +
    'It can only be chosen when an instance is created, so an unencrypted instance stays unencrypted until ' +
    'it is rebuilt.',
  severity: 'high',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    unencrypted: 'DB instance {{name}} storage is not encrypted',
  },
  remediation: {
    text:
      'Take a snapshot, copy it with encryption (a KMS key), restore a new instance from the encrypted copy and ' +
      'switch the application over.',
    cli:
      'aws rds create-db-snapshot --db-instance-identifier <id> --db-snapshot-identifier <id>-pre-encrypt\n' +
      'aws rds copy-db-snapshot --source-db-snapshot-identifier <id>-pre-encrypt --target-db-snapshot-identifier <id>-encrypted --kms-key-id <key-arn>',
    terraform:
      'resource "aws_db_instance" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.rds.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-3',
  ],
  check(db, ctx) {
    if (need(db.config, 'storageEncrypted')) return ctx.pass({ kmsKeyId: db.config.kmsKeyId });
    return ctx.fail('unencrypted', { name: db.name });
  },
});
