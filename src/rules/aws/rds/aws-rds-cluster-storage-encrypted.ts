import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-storage-encrypted',
  title: 'RDS DB clusters are encrypted at rest',
  description:
    'Encryption at rest protects the cluster volume, its automated backups, snapshots and replicas from anyone who reads the underlying storage. It can only be chosen when the cluster is created.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    plain: 'DB cluster {{name}} stores its data unencrypted',
  },
  remediation: {
    text: 'Restore a snapshot of the cluster into a new cluster with encryption enabled (a KMS key of your choice), then switch the application over.',
    terraform:
      'resource "aws_rds_cluster" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.db.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-27',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    if (need(c.config, 'storageEncrypted')) return ctx.pass();
    return ctx.fail('plain', { name: c.name });
  },
});
