import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-cluster-auto-minor-upgrade-enabled',
  title: 'ElastiCache clusters take minor version upgrades automatically',
  description:
    'Minor engine versions fix bugs and security flaws. With automatic minor version upgrade on, the cluster takes them in its maintenance window instead of staying exposed until someone upgrades it.',
  severity: 'high',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.elasticache.cluster'],
  messages: {
    off: 'ElastiCache cluster {{name}} does not take minor version upgrades automatically',
  },
  remediation: {
    text: 'Turn on automatic minor version upgrade.',
    cli: 'aws elasticache modify-cache-cluster --cache-cluster-id <cluster> --auto-minor-version-upgrade --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-2',
  ],
  check(d, ctx) {
    if (need(d.config, 'autoMinorVersionUpgrade')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
