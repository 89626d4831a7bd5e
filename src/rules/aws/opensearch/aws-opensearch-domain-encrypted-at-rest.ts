import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-encrypted-at-rest',
  title: 'OpenSearch and Elasticsearch domains encrypt data at rest',
  description:
    'Indexes, logs, swap files and automated snapshots of a domain hold the data it serves. Encryption at rest with KMS keeps them unreadable to anyone who gets at the storage or a copy of it.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    off: 'OpenSearch domain {{name}} does not encrypt data at rest',
  },
  remediation: {
    text: 'Enable encryption at rest (OpenSearch 1.x / Elasticsearch 6.7 or later); for older domains, create an encrypted domain and migrate the data.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true',
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  # ...\n  encrypt_at_rest {\n    enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-1',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-1',
  ],
  check(d, ctx) {
    if (need(d.config, 'encryptionAtRest')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
