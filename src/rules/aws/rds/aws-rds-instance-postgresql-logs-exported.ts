import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-postgresql-logs-exported',
  title: 'RDS for PostgreSQL DB instances publish logs to CloudWatch Logs',
  description:
    'The PostgreSQL log records connections, errors and (with pgaudit) statements. Published to CloudWatch Logs it is kept outside the instance, can be searched and alarmed on, and survives the instance.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    missing: 'PostgreSQL DB instance {{name}} does not publish its postgresql log to CloudWatch Logs',
  },
  remediation: {
    text: 'Publish the postgresql log of the instance to CloudWatch Logs.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql"]}\' --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Concepts.PostgreSQL.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-36',
  ],
  check(db, ctx) {
    if (need(db.config, 'engine') !== 'postgres')
      return ctx.notApplicable('not an RDS for PostgreSQL instance');
    const exported = need(db.config, 'enabledCloudwatchLogsExports');
    if (exported.includes('postgresql')) return ctx.pass({ exported });
    return ctx.fail('missing', { name: db.name }, { exported });
  },
});
