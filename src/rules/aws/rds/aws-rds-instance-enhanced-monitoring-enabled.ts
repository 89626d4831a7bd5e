import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-enhanced-monitoring-enabled',
  title: 'RDS DB instances have Enhanced Monitoring enabled',
  description:
    'Enhanced Monitoring reports operating-system metrics (processes, memory, file system) of the DB host every few seconds, which is what tells a resource exhaustion or a runaway process apart from a database problem.',
  severity: 'low',
  category: 'database',
  aspects: ['logging'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} has Enhanced Monitoring turned off',
  },
  remediation: {
    text: 'Set a monitoring interval (for example 60 seconds) and a monitoring role on the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --monitoring-interval 60 --monitoring-role-arn <role-arn> --apply-immediately',
    terraform:
      'resource "aws_db_instance" "this" {\n  # ...\n  monitoring_interval = 60\n  monitoring_role_arn = aws_iam_role.rds_monitoring.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-6',
  ],
  check(db, ctx) {
    const interval = need(db.config, 'monitoringInterval');
    if (interval > 0) return ctx.pass({ monitoringInterval: interval });
    return ctx.fail('off', { name: db.name });
  },
});
