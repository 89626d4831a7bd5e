import { defineRule, need } from '../../api.js';
import { isDefaultAdminUsername } from '../../../inventory/aws/rds.js';

export const rule = defineRule({
  id: 'aws-rds-instance-custom-admin-username',
  title: 'RDS DB instances use a custom administrator user name',
  description:
    'The default master user names (admin, postgres) are the first ones password-guessing tools try. A custom name adds an unknown to every guessing attempt. Instances in a cluster take their master user from the cluster.',
  severity: 'medium',
  category: 'database',
  aspects: ['credentials'],
  assetTypes: ['aws.rds.db-instance'],
  messages: {
    default: 'DB instance {{name}} uses the default administrator user name "{{user}}"',
  },
  remediation: {
    text: 'Create a new instance from a snapshot with a custom master user name (it cannot be changed in place), or create a custom administrator and stop using the default one.',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-25',
  ],
  check(db, ctx) {
    if (need(db.config, 'clusterIdentifier') !== null)
      return ctx.notApplicable('the master user is set on the DB cluster');
    const user = need(db.config, 'masterUsername');
    if (user === null) return ctx.notApplicable('the instance has no master user');
    if (isDefaultAdminUsername(user)) return ctx.fail('default', { name: db.name, user });
    return ctx.pass();
  },
});
