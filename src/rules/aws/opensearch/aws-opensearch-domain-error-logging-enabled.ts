import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-error-logging-enabled',
  title: 'OpenSearch and Elasticsearch domains send error logs to CloudWatch Logs',
  description:
    'Error (application) logs show failed requests, script errors and cluster problems. Without them, an outage or an attack leaves no trace to investigate.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    off: 'OpenSearch domain {{name}} does not publish error logs to CloudWatch Logs',
  },
  remediation: {
    text: 'Publish the ES_APPLICATION_LOGS log type to a CloudWatch Logs group (the group needs a resource policy that lets the service write).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
    terraform:
      'resource "aws_opensearch_domain" "this" {\n  # ...\n  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-4',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-4',
  ],
  check(d, ctx) {
    const types = need(d.config, 'enabledLogTypes');
    if (types.includes('ES_APPLICATION_LOGS')) return ctx.pass({ enabledLogTypes: types });
    return ctx.fail('off', { name: d.name }, { enabledLogTypes: types });
  },
});
