import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-aurora-mysql-audit-logs-exported',
  title: 'Aurora MySQL DB clusters publish audit logs to CloudWatch Logs',
  description:
    'The audit log records who connected and what they ran. Published to CloudWatch Logs it is kept outside the cluster, can be searched and alarmed on, and survives the cluster.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    missing: 'Aurora MySQL cluster {{name}} does not publish its audit log to CloudWatch Logs',
  },
  remediation: {
    text: 'Turn on advanced auditing (server_audit_logging in the cluster parameter group) and publish the audit log to CloudWatch Logs.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\'',
    terraform:
      'resource "aws_rds_cluster" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["audit"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-34',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'aurora-mysql')
      return ctx.notApplicable('not an Aurora MySQL cluster');
    const exported = need(c.config, 'enabledCloudwatchLogsExports');
    if (exported.includes('audit')) return ctx.pass({ exported });
    return ctx.fail('missing', { name: c.name }, { exported });
  },
});
