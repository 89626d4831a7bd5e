import { defineRule, need } from '../../api.js';

/** The minimum retention the AWS Foundational Security Best Practices control expects. */
const MIN_DAYS = 7;

export const rule = defineRule({
  id: 'aws-rds-instance-backups-enabled',
  title: 'RDS DB instances keep automated backups for at least 7 days',
  description:
    'Automated backups allow point-in-time recovery after data corruption, a bad migration or a destructive ' +
    'attack. With backups off (retention 0) or a very short retention, problems found a few days late cannot ' +
    'be undone. Aurora instances are not assessed here: their backups are set on the cluster.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} has automated backups turned off',
    short: 'DB instance {{name}} keeps automated backups for {{days}} days; at least {{min}} are expected',
  },
  remediation: {
    text: `Set the backup retention period to at least ${MIN_DAYS} days.`,
    cli: `aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period ${MIN_DAYS} --apply-immediately`,
    terraform: `resource "aws_db_instance" "this" {\n  # ...\n  backup_retention_period = ${MIN_DAYS}\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11',
  ],
  check(db, ctx) {
    const engine = need(db.config, 'engine');
    if (engine.startsWith('aurora'))
      return ctx.notApplicable('Aurora backups are configured on the DB cluster');
    const days = need(db.config, 'backupRetentionPeriod');
    if (days === 0) return ctx.fail('off', { name: db.name });
    if (days < MIN_DAYS) return ctx.fail('short', { name: db.name, days, min: MIN_DAYS });
    return ctx.pass({ backupRetentionPeriod: days });
  },
});
