import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-neptune-cluster-backup-retention-7-days',
  title: 'Neptune clusters keep automated backups for at least 7 days',
  description:
    'Automated backups let a Neptune cluster be restored to any second of the retention period. One day (the minimum) leaves little time to notice corruption or a destructive change before the good data is gone.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    short: 'Neptune cluster {{name}} keeps automated backups for only {{days}} day(s) (at least 7 expected)',
  },
  remediation: {
    text: 'Set the backup retention period of the cluster to 7 days or more.',
    cli: 'aws neptune modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'resource "aws_neptune_cluster" "this" {\n  # ...\n  backup_retention_period = 7\n}',
  },
  references: [
    'https://docs.aws.amazon.com/neptune/latest/userguide/backup-restore-overview.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-5',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'neptune')
      return ctx.notApplicable('not a Neptune cluster');
    const days = need(c.config, 'backupRetentionPeriod');
    if (days >= 7) return ctx.pass({ backupRetentionPeriod: days });
    return ctx.fail('short', { name: c.name, days }, { backupRetentionPeriod: days });
  },
});
