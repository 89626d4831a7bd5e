import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-automatic-snapshots-enabled',
  title: 'Redshift clusters keep automated snapshots for at least seven days',
  description:
    'Automated snapshots are how a cluster is restored after data is deleted, corrupted or encrypted by an attacker. Kept for less than a week, a problem noticed late can no longer be undone.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} has automated snapshots turned off',
    short: 'Redshift cluster {{name}} keeps automated snapshots for {{days}} day(s); at least 7 are needed',
  },
  remediation: {
    text: 'Set the automated snapshot retention period to 7 days or more.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --automated-snapshot-retention-period 7',
    terraform:
      'resource "aws_redshift_cluster" "this" {\n  # ...\n  automated_snapshot_retention_period = 7\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-3',
  ],
  check(d, ctx) {
    const days = need(d.config, 'automatedSnapshotRetentionPeriod');
    if (days === 0) return ctx.fail('off', { name: d.name });
    if (days < 7) return ctx.fail('short', { name: d.name, days });
    return ctx.pass({ automatedSnapshotRetentionPeriod: days });
  },
});
