import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-auto-minor-upgrade-enabled',
  title: 'Multi-AZ DB clusters take automatic minor version upgrades',
  description:
    'Minor versions carry security fixes. With automatic minor version upgrades on, RDS applies them in the maintenance window instead of leaving the cluster on a vulnerable version. Aurora, DocumentDB and Neptune set this per instance, so only clusters that carry the setting are judged.',
  severity: 'medium',
  category: 'database',
  aspects: ['resilience'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    off: 'DB cluster {{name}} does not take automatic minor version upgrades',
  },
  remediation: {
    text: 'Turn on automatic minor version upgrades for the cluster.',
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --auto-minor-version-upgrade --apply-immediately',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/multi-az-db-clusters-concepts-upgrading.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-35',
  ],
  check(c, ctx) {
    const upgrade = need(c.config, 'autoMinorVersionUpgrade');
    if (upgrade === null)
      return ctx.notApplicable('the cluster sets minor version upgrades on its instances');
    if (upgrade) return ctx.pass();
    return ctx.fail('off', { name: c.name });
  },
});
