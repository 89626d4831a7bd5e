import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-replication-group-encrypted-in-transit',
  title: 'ElastiCache replication groups encrypt data in transit',
  description:
    'Without in-transit encryption, commands, keys and values travel between clients and nodes, and between nodes, in clear text.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.elasticache.replication-group'],
  messages: {
    off: 'ElastiCache replication group {{name}} does not encrypt data in transit',
  },
  remediation: {
    text: 'Enable in-transit encryption (Redis OSS 7 and later can switch it on in place, in preferred then required mode).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --transit-encryption-enabled --transit-encryption-mode preferred --apply-immediately',
    terraform:
      'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  transit_encryption_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-5',
  ],
  check(d, ctx) {
    if (need(d.config, 'transitEncryption')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
