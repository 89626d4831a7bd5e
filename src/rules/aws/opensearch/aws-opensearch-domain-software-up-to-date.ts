import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-software-up-to-date',
  title: 'OpenSearch and Elasticsearch domains have the latest service software installed',
  description:
    "Service software updates carry security fixes for the domain's engine and plugins. An update that is available and not installed leaves those flaws open.",
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    behind: 'OpenSearch domain {{name}} has a service software update available that is not installed',
  },
  remediation: {
    text: 'Install the available service software update, and turn on automatic software updates in the off-peak window.',
    cli: 'aws opensearch start-service-software-update --domain-name <domain>',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-10',
  ],
  check(d, ctx) {
    if (!need(d.config, 'softwareUpdateAvailable')) return ctx.pass();
    return ctx.fail('behind', { name: d.name });
  },
});
