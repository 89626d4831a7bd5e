import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-replication-group-automatic-failover-enabled',
  title: 'ElastiCache replication groups fail over automatically',
  description:
    'With automatic failover, a replica is promoted when the primary fails, within minutes and without an operator; without it the group stays down for writes until someone acts.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.elasticache.replication-group'],
  messages: {
    off: 'ElastiCache replication group {{name}} does not fail over automatically ({{state}})',
  },
  remediation: {
    text: 'Add at least one replica and enable automatic failover (and Multi-AZ).',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --automatic-failover-enabled --multi-az-enabled --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-3',
  ],
  check(d, ctx) {
    const state = need(d.config, 'automaticFailover');
    if (state === 'enabled' || state === 'enabling') return ctx.pass({ automaticFailover: state });
    return ctx.fail('off', { name: d.name, state });
  },
});
