import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticache-replication-group-redis-auth-enabled',
  title: 'ElastiCache replication groups on Redis OSS before version 6 require Redis AUTH',
  description:
    'Redis OSS before version 6 has no users or access control lists: without an AUTH token, anyone who can reach the nodes can read and change every key.',
  severity: 'medium',
  category: 'identity',
  aspects: ['credentials'],
  assetTypes: ['aws.elasticache.replication-group'],
  messages: {
    off: 'ElastiCache replication group {{name}} runs Redis {{version}} without Redis AUTH',
  },
  remediation: {
    text: 'Set an AUTH token (needs in-transit encryption), or upgrade to Redis OSS 6 or later and use role-based access control.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <group> --auth-token <token> --auth-token-update-strategy ROTATE --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-6',
  ],
  check(d, ctx) {
    const version = need(d.config, 'engineVersion');
    if (version === null)
      return ctx.unknown(
        'engineVersion',
        "the source does not give the engine version of the group's clusters",
      );
    if (Number.parseInt(version, 10) >= 6)
      return ctx.notApplicable(`Redis ${version} has role-based access control`);
    if (need(d.config, 'authTokenEnabled')) return ctx.pass();
    return ctx.fail('off', { name: d.name, version });
  },
});
