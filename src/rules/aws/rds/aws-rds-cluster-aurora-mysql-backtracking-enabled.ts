import { defineRule, need } from '../../api.js';
import { clusterFamily } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-aurora-mysql-backtracking-enabled',
  title: 'Aurora MySQL DB clusters have backtracking enabled',
  description:
    'Backtracking rewinds an Aurora MySQL cluster to an earlier point in time in minutes, without restoring a backup, which undoes a destructive statement or a bad deployment quickly.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'Aurora MySQL cluster {{name}} has backtracking turned off',
  },
  remediation: {
    text: 'Set a backtrack window (for example 24 hours) on the cluster; existing clusters need a restore from snapshot with backtracking on.',
    terraform: 'resource "aws_rds_cluster" "this" {\n  # ...\n  backtrack_window = 86400\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Backtrack.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-14',
  ],
  check(c, ctx) {
    if (clusterFamily(need(c.config, 'engine')) !== 'aurora-mysql')
      return ctx.notApplicable('backtracking exists only for Aurora MySQL');
    const window = need(c.config, 'backtrackWindow');
    if (window !== null && window > 0) return ctx.pass({ backtrackWindow: window });
    return ctx.fail('off', { name: c.name });
  },
});
