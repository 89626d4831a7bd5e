import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-cluster-backups-enabled',
  title: 'ElastiCache (Redis OSS and Valkey) clusters have automatic backups enabled',
  description:
    'Automatic backups are how a cache that holds data of record (sessions, queues, leaderboards) is restored after a failure, a bad deployment or a destructive command. Memcached keeps no data to back up.',
  severity: 'high',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.elasticache.cluster'],
  messages: {
    off: 'ElastiCache cluster {{name}} has automatic backups turned off',
  },
  remediation: {
    text: 'Set a snapshot retention limit of at least one day (on the replication group, for clusters that belong to one).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --snapshot-retention-limit 7 --apply-immediately',
    terraform:
      'resource "aws_elasticache_replication_group" "this" {\n  # ...\n  snapshot_retention_limit = 7\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1',
  ],
  check(d, ctx) {
    if (need(d.config, 'engine') === 'memcached')
      return ctx.notApplicable('Memcached clusters keep no data to back up');
    if (need(d.config, 'replicationGroupId') !== null)
      return ctx.notApplicable('judged on its replication group');
    const days = need(d.config, 'snapshotRetentionLimit');
    if (days !== null && days > 0) return ctx.pass({ snapshotRetentionLimit: days });
    return ctx.fail('off', { name: d.name });
  },
});
