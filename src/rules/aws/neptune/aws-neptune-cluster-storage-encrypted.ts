import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-storage-encrypted',
  title: 'Neptune clusters are encrypted at rest',
  description:
    'Encryption at rest protects the Neptune cluster volume, its backups and snapshots from anyone who reads the underlying storage. It can only be chosen when the cluster is created.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    plain: 'Neptune cluster {{name}} stores its data unencrypted',
  },
  remediation: {
    text: 'Restore a snapshot of the cluster into a new cluster with storage encryption enabled, then switch the application over.',
    terraform: 'resource "aws_neptune_cluster" "this" {\n  # ...\n  storage_encrypted = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-1',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    if (need(c.config, 'storageEncrypted')) return ctx.pass();
    return ctx.fail('plain', { name: c.name });
  },
});
