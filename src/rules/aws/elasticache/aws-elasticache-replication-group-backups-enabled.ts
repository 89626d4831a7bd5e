import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-replication-group-backups-enabled',
  title: 'ElastiCache replication groups have automatic backups enabled',
  description:
    'Automatic backups of a replication group are how its data is restored after a failure, a bad deployment or a destructive command; replicas protect against node loss, not against bad writes.',
  severity: 'high',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.elasticache.replication-group'],
  messages: {
    off: 'ElastiCache replication group {{name}} has automatic backups turned off',
  },
  remediation: {
    text: 'Set a snapshot retention limit of at least one day.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --snapshot-retention-limit 7 --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1',
  ],
  check(d, ctx) {
    const days = need(d.config, 'snapshotRetentionLimit');
    if (days !== null && days > 0) return ctx.pass({ snapshotRetentionLimit: days });
    return ctx.fail('off', { name: d.name });
  },
});
