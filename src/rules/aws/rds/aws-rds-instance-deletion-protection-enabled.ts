import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-deletion-protection-enabled',
  title: 'RDS DB instances have deletion protection enabled',
  description:
    'Deletion protection stops a DB instance from being deleted, by mistake or by an attacker with delete ' +
    'rights, until the setting is turned off in a separate, visible change.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Turn on deletion protection for the DB instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  deletion_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-8',
  ],
  check(db, ctx) {
    if (need(db.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: db.name });
  },
});
