import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-snapshot-encrypted',
  title: 'Neptune cluster snapshots are encrypted at rest',
  description:
    'An unencrypted Neptune cluster snapshot holds a full copy of the data in clear on storage; anyone it is shared or leaked to can read it. Snapshots of encrypted clusters are encrypted with the same key.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-cluster-snapshot'],
  messages: {
    plain: 'Neptune cluster snapshot {{name}} is not encrypted',
  },
  remediation: {
    text: 'Copy the snapshot with a KMS key (copy-db-cluster-snapshot --kms-key-id) and delete the unencrypted one; encrypt the source cluster so new snapshots are encrypted.',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-share-snapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-6',
  ],
  check(s, ctx) {
    if (clusterFamily(need(s.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune snapshot');
    if (need(s.config, 'storageEncrypted')) return ctx.pass();
    return ctx.fail('plain', { name: s.name });
  },
});
