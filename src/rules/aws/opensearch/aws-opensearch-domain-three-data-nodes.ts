import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-three-data-nodes',
  title: 'OpenSearch and Elasticsearch domains have at least three data nodes across zones',
  description:
    'With fewer than three data nodes, or all of them in one Availability Zone, losing a node or a zone can make the domain unavailable or lose the only copy of a shard.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    few: 'OpenSearch domain {{name}} has {{count}} data node(s); at least 3 are needed',
    oneZone: 'OpenSearch domain {{name}} does not spread its data nodes across Availability Zones',
  },
  remediation: {
    text: 'Run at least three data nodes and enable zone awareness (two or three Availability Zones).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config InstanceCount=3,ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-6',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-6',
  ],
  check(d, ctx) {
    const count = need(d.config, 'instanceCount');
    if (count < 3) return ctx.fail('few', { name: d.name, count });
    if (!need(d.config, 'zoneAwarenessEnabled')) return ctx.fail('oneZone', { name: d.name });
    return ctx.pass({ instanceCount: count });
  },
});
