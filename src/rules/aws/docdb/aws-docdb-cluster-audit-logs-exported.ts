import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-docdb-cluster-audit-logs-exported',
  title: 'DocumentDB clusters publish audit logs to CloudWatch Logs',
  description:
    'The DocumentDB audit log records connections, authentication and (for DocumentDB) data definition events. Published to CloudWatch Logs it is kept outside the cluster, can be searched and alarmed on, and survives the cluster.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    missing: 'DocumentDB cluster {{name}} does not publish its audit log to CloudWatch Logs',
  },
  remediation: {
    text: 'Set audit_logs to enabled in the cluster parameter group and publish the audit log to CloudWatch Logs.',
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\'',
    terraform:
      'resource "aws_docdb_cluster" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["audit"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-4',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'docdb')
      return ctx.notApplicable('not a DocumentDB cluster');
    const exported = need(c.config, 'enabledCloudwatchLogsExports');
    if (exported.includes('audit')) return ctx.pass({ exported });
    return ctx.fail('missing', { name: c.name }, { exported });
  },
});
