import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-node-to-node-encryption-enabled',
  title: 'OpenSearch and Elasticsearch domains encrypt traffic between nodes',
  description:
    'Without node-to-node encryption, data moves between the nodes of a domain in clear text inside the VPC, where anyone able to capture that traffic can read or alter it.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    off: 'OpenSearch domain {{name}} does not encrypt traffic between its nodes',
  },
  remediation: {
    text: 'Enable node-to-node encryption (OpenSearch, or Elasticsearch 6.7 or later).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  # ...\n  node_to_node_encryption {\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-3',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-3',
  ],
  check(d, ctx) {
    if (need(d.config, 'nodeToNodeEncryption')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
