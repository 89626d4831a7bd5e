import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-snapshot-encrypted',
  title: 'RDS DB snapshots are encrypted',
  description:
    'A snapshot holds a full copy of the database. Unencrypted, anyone who can copy, share or restore it can ' +
    'read the data without any KMS permission.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-snapshot'],
  messages: {
    unencrypted: 'DB snapshot {{name}} is not encrypted',
  },
  remediation: {
    text: 'Copy the snapshot with a KMS key to create an encrypted copy, then delete the unencrypted one.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <id> --target-db-snapshot-identifier <id>-encrypted --kms-key-id <key-arn>',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4',
  ],
  check(snapshot, ctx) {
    if (need(snapshot.config, 'encrypted')) return ctx.pass();
    return ctx.fail('unencrypted', { name: snapshot.name });
  },
});
