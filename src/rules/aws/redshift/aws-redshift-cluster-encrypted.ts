import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-encrypted',
  title: 'Redshift clusters are encrypted at rest',
  description:
    'An unencrypted cluster keeps its data blocks, system metadata and snapshots in clear text on storage AWS manages; encryption with KMS keeps them unreadable without the key.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Encrypt the cluster with a KMS key (Redshift migrates the data in place).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-arn>',
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.warehouse.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-10',
  ],
  check(d, ctx) {
    if (need(d.config, 'encrypted')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
