import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'gcp-sql-instance-backups-enabled',
  title: 'Cloud SQL instances have automated backups enabled',
  description:
    'Automated backups are what lets a database be restored after data is deleted or corrupted — by mistake, ' +
    'by a faulty release or by ransomware. Without them, the only copy of the data is the live instance.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['gcp.sql.instance'],
  messages: {
    off: 'Cloud SQL instance {{name}} has automated backups turned off',
  },
  remediation: {
    text: 'Turn on automated backups (and point-in-time recovery) for the instance.',
    cli: 'gcloud sql instances patch <instance> --backup-start-time=03:00 --enable-point-in-time-recovery',
    terraform:
      'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    backup_configuration {\n      enabled                        = true\n      point_in_time_recovery_enabled = true\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/backup-recovery/backups'],
  check(db, ctx) {
    // Read replicas cannot have backups of their own; their primary's backups cover them.
    const type = need(db.config, 'instanceType');
    if (type === 'READ_REPLICA_INSTANCE')
      return ctx.notApplicable('read replica (backed up through its primary)');
    if (need(db.config, 'backupEnabled')) return ctx.pass();
    return ctx.fail('off', { name: db.name });
  },
});
