import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-copy-tags-to-snapshots',
  title: 'RDS DB instances copy their tags to snapshots',
  description:
    'Tags carry ownership, environment and data classification. Snapshots that do not inherit them escape tag-based access control, cost allocation and retention policies. Instances in a cluster are snapshotted through the cluster.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} does not copy its tags to its snapshots',
  },
  remediation: {
    text: 'Turn on "copy tags to snapshots" for the instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --copy-tags-to-snapshot --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  copy_tags_to_snapshot = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-17',
  ],
  check(db, ctx) {
    if (need(db.config, 'clusterIdentifier') !== null)
      return ctx.notApplicable('snapshots are taken of the DB cluster');
    if (need(db.config, 'copyTagsToSnapshot')) return ctx.pass();
    return ctx.fail('off', { name: db.name });
  },
});
