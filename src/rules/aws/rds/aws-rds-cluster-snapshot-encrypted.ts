import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-snapshot-encrypted',
  title: 'RDS DB cluster snapshots are encrypted at rest',
  description:
    'An unencrypted DB cluster snapshot holds a full copy of the data in clear on storage; anyone it is shared or leaked to can read it. Snapshots of encrypted clusters are encrypted with the same key.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-cluster-snapshot'],
  messages: {
    plain: 'DB cluster snapshot {{name}} is not encrypted',
  },
  remediation: {
    text: 'Copy the snapshot with a KMS key (copy-db-cluster-snapshot --kms-key-id) and delete the unencrypted one; encrypt the source cluster so new snapshots are encrypted.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-4',
  ],
  check(s, ctx) {
    if (
      clusterFamily(need(s.config, 'engine')) === 'docdb' ||
      clusterFamily(need(s.config, 'engine')) === 'neptune'
    )
      return ctx.notApplicable('assessed by the DocumentDB or Neptune rule');
    if (need(s.config, 'storageEncrypted')) return ctx.pass();
    return ctx.fail('plain', { name: s.name });
  },
});
