import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-three-dedicated-masters',
  title: 'OpenSearch and Elasticsearch domains have at least three dedicated master nodes',
  description:
    "Dedicated master nodes keep the cluster state apart from the data nodes' load; three of them keep a quorum when one fails, so the domain stays writable and does not split.",
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    none: 'OpenSearch domain {{name}} has no dedicated master nodes',
    few: 'OpenSearch domain {{name}} has {{count}} dedicated master node(s); at least 3 are needed',
  },
  remediation: {
    text: 'Enable dedicated master nodes and run three (or five) of them.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --cluster-config DedicatedMasterEnabled=true,DedicatedMasterCount=3,DedicatedMasterType=<type>',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-7',
  ],
  check(d, ctx) {
    if (!need(d.config, 'dedicatedMasterEnabled')) return ctx.fail('none', { name: d.name });
    const count = need(d.config, 'dedicatedMasterCount');
    if (count === null)
      return ctx.unknown(
        'dedicatedMasterCount',
        'the source does not give the number of dedicated master nodes',
      );
    if (count < 3) return ctx.fail('few', { name: d.name, count });
    return ctx.pass({ dedicatedMasterCount: count });
  },
});
