import { defineRule, need } from '../../api.js';
import { expectedInstanceLogs } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-instance-logs-exported',
  title: 'RDS DB instances publish their engine logs to CloudWatch Logs',
  description:
    'Database logs (errors, audit, slow queries, connections) published to CloudWatch Logs are kept outside the instance, can be searched and alarmed on, and survive the instance. The log types expected per engine are those AWS lists for the control: PostgreSQL postgresql and upgrade; MySQL and MariaDB audit, error, general and slowquery; Oracle alert, audit, trace and listener; SQL Server error and agent. Instances in a cluster publish logs through the cluster.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    missing: 'DB instance {{name}} does not publish {{logs}} to CloudWatch Logs',
  },
  remediation: {
    text: "Publish the missing log types to CloudWatch Logs (some need the engine's logging turned on in the parameter or option group first).",
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["postgresql","upgrade"]}\' --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  # ...\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-9',
  ],
  check(db, ctx) {
    if (need(db.config, 'clusterIdentifier') !== null)
      return ctx.notApplicable('logs are published by the DB cluster');
    const expected = expectedInstanceLogs(need(db.config, 'engine'));
    if (expected === undefined) return ctx.notApplicable('no expected log types for this engine');
    const exported = need(db.config, 'enabledCloudwatchLogsExports');
    const missing = expected.filter((l) => !exported.includes(l));
    if (missing.length === 0) return ctx.pass({ exported });
    return ctx.fail('missing', { name: db.name, logs: missing.join(', ') }, { exported, missing });
  },
});
