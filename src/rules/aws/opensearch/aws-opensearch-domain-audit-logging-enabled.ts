import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-opensearch-domain-audit-logging-enabled',
  title: 'OpenSearch and Elasticsearch domains have audit logging enabled',
  description:
    'Audit logs record who signed in, who was refused and which indexes and documents were read or changed. They are how misuse of the data in a domain is detected and investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.opensearch.domain'],
  messages: {
    off: 'OpenSearch domain {{name}} does not publish audit logs',
  },
  remediation: {
    text: "Enable fine-grained access control, then publish the AUDIT_LOGS log type to a CloudWatch Logs group and turn audit logging on in the domain's security settings.",
    cli: 'aws opensearch update-domain-config --domain-name <domain> --log-publishing-options "AUDIT_LOGS={CloudWatchLogsLogGroupArn=<log-group-arn>,Enabled=true}"',
  },
  references: [
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-5',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-5',
  ],
  check(d, ctx) {
    const types = need(d.config, 'enabledLogTypes');
    if (types.includes('AUDIT_LOGS')) return ctx.pass({ enabledLogTypes: types });
    return ctx.fail('off', { name: d.name }, { enabledLogTypes: types });
  },
});
