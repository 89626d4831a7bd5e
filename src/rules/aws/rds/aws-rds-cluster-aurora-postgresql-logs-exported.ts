import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-aurora-postgresql-logs-exported',
  title: 'Aurora PostgreSQL DB clusters publish logs to CloudWatch Logs',
  description:
    'The PostgreSQL log records connections, errors and (with pgaudit) statements. Published to CloudWatch Logs it is kept outside the cluster, can be searched and alarmed on, and survives the cluster.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    missing: 'Aurora PostgreSQL cluster {{name}} does not publish its postgresql log to CloudWatch Logs',
  },
  remediation: {
    text: 'Publish the postgresql log of the cluster to CloudWatch Logs.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\'',
    terraform:
      'resource "aws_rds_cluster" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraPostgreSQL.CloudWatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-37',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'aurora-postgresql')
      return ctx.notApplicable('not an Aurora PostgreSQL cluster');
    const exported = need(c.config, 'enabledCloudwatchLogsExports');
    if (exported.includes('postgresql')) return ctx.pass({ exported });
    return ctx.fail('missing', { name: c.name }, { exported });
  },
});
