import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-replication-group-encrypted-at-rest',
  title: 'ElastiCache replication groups are encrypted at rest',
  description:
    'Without encryption at rest, the data a replication group writes to disk (swap, backups, sync files) is stored in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.elasticache.replication-group'],
  messages: {
    off: 'ElastiCache replication group {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Encryption at rest is set when the group is created: create an encrypted group (from a backup) and switch the clients to it.',
    terraform:
      'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  at_rest_encryption_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-4',
  ],
  check(d, ctx) {
    if (need(d.config, 'atRestEncryption')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
