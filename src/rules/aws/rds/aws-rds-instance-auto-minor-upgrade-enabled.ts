import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-instance-auto-minor-upgrade-enabled',
  title: 'RDS DB instances apply minor engine upgrades automatically',
  description:
    'Minor engine versions carry security fixes. With automatic minor version upgrade on, RDS applies them ' +
    'in the maintenance window instead of leaving known vulnerabilities in place until someone upgrades by hand.',
  severity: 'low',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    off: 'DB instance {{name}} does not apply minor engine upgrades automatically',
  },
  remediation: {
    text: 'Turn on automatic minor version upgrade for the DB instance.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --auto-minor-version-upgrade --apply-immediately',
    terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  auto_minor_version_upgrade = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13',
  ],
  check(db, ctx) {
    if (need(db.config, 'autoMinorVersionUpgrade')) return ctx.pass();
    return ctx.fail('off', { name: db.name });
  },
});
