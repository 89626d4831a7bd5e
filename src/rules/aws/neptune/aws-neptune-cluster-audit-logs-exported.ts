import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-audit-logs-exported',
  title: 'Neptune clusters publish audit logs to CloudWatch Logs',
  description:
    'The Neptune audit log records connections, authentication and (for DocumentDB) data definition events. Published to CloudWatch Logs it is kept outside the cluster, can be searched and alarmed on, and survives the cluster.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    missing: 'Neptune cluster {{name}} does not publish its audit log to CloudWatch Logs',
  },
  remediation: {
    text: 'Set neptune_enable_audit_log to 1 in the cluster parameter group and publish the audit log to CloudWatch Logs.',
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["audit"]}\'',
    terraform:
      'resource "aws_neptune_cluster" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["audit"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-2',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    const exported = need(c.config, 'enabledCloudwatchLogsExports');
    if (exported.includes('audit')) return ctx.pass({ exported });
    return ctx.fail('missing', { name: c.name }, { exported });
  },
});
