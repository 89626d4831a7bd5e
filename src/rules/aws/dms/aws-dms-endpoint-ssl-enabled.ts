import { defineRule, need } from '../../api.js';

/** Engines whose DMS endpoints have no SSL mode: they reach AWS service APIs over HTTPS, or configure TLS elsewhere. */
const NO_SSL_MODE = new Set(['s3', 'dynamodb', 'kinesis', 'kafka', 'elasticsearch', 'opensearch', 'neptune']);

export const rule = defineRule({
  id: 'aws-dms-endpoint-ssl-enabled',
  title: 'DMS endpoints connect to their databases over SSL',
  description:
    'An endpoint with SSL mode `none` moves the migrated data and the database credentials in clear text ' +
    'between the replication instance and the database. Endpoints of engines reached through AWS service ' +
    'APIs (S3, DynamoDB, Kinesis, OpenSearch, Neptune) or with their own TLS setting (Kafka) are not assessed.',
  severity: 'medium',
  category: 'database',
  aspects: ['encryption'],
  assetTypes: ['aws.dms.endpoint'],
  messages: {
    off: 'DMS {{type}} endpoint {{name}} ({{engine}}) does not use SSL (SSL mode none)',
  },
  remediation: {
    text: 'Set the endpoint SSL mode to require, verify-ca or verify-full (with the CA certificate imported into DMS for the verify modes).',
    cli: 'aws dms modify-endpoint --endpoint-arn <arn> --ssl-mode require',
    terraform: 'resource "aws_dms_endpoint" "this" {\n  # ...\n  ssl_mode = "require"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-9',
  ],
  check(endpoint, ctx) {
    const engine = need(endpoint.config, 'engineName');
    if (NO_SSL_MODE.has(engine)) return ctx.notApplicable(`${engine} endpoints have no SSL mode`);
    if (need(endpoint.config, 'sslMode') !== 'none') return ctx.pass();
    return ctx.fail('off', {
      name: endpoint.name,
      engine,
      type: need(endpoint.config, 'endpointType'),
    });
  },
});
