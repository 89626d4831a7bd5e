import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-docdb-cluster-backup-retention-7-days',
  title: 'DocumentDB clusters keep automated backups for at least 7 days',
  description:
    'Automated backups let a DocumentDB cluster be restored to any second of the retention period. One day (the minimum) leaves little time to notice corruption or a destructive change before the good data is gone.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    short:
      'DocumentDB cluster {{name}} keeps automated backups for only {{days}} day(s) (at least 7 expected)',
  },
  remediation: {
    text: 'Set the backup retention period of the cluster to 7 days or more.',
    cli: 'aws docdb modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'resource "aws_docdb_cluster" "this" {\n  # ...\n  backup_retention_period = 7\n}',
  },
  references: [
    'https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore-understanding_backups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-2',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'docdb')
      return ctx.notApplicable('not a DocumentDB cluster');
    const days = need(c.config, 'backupRetentionPeriod');
    if (days >= 7) return ctx.pass({ backupRetentionPeriod: days });
    return ctx.fail('short', { name: c.name, days }, { backupRetentionPeriod: days });
  },
});
