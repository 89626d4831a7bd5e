import { defineRule, need } from '../../api.js';
import { clusterFamily, isDefaultAdminUsername } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-cluster-custom-admin-username',
  title: 'RDS DB clusters use a custom administrator user name',
  description:
    'The default master user names (admin, postgres) are the first ones password-guessing tools try. A custom name adds an unknown to every guessing attempt.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['aws.rds.db-cluster'],
  messages: {
    default: 'DB cluster {{name}} uses the default administrator user name "{{user}}"',
  },
  remediation: {
    text: 'Create a new cluster from a snapshot with a custom master user name (it cannot be changed in place), or create a custom administrator and stop using the default one.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.MasterAccounts.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-24',
  ],
  check(c, ctx) {
    const family = clusterFamily(need(c.config, 'engine'));
    if (family === 'docdb' || family === 'neptune')
      return ctx.notApplicable(`${family} clusters are assessed by their own rules`);
    const user = need(c.config, 'masterUsername');
    if (user === null) return ctx.notApplicable('the cluster has no master user');
    if (isDefaultAdminUsername(user)) return ctx.fail('default', { name: c.name, user });
    return ctx.pass();
  },
});
