import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-rds-snapshot-not-public',
  title: 'RDS DB snapshots are not public',
  description:
    'A snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, which ' +
    'hands over the whole database. Share snapshots only with named accounts, if at all.',
  severity: 'critical',
  category: 'database',
  aspects: ['exposure'],
  assetTypes: ['aws.rds.db-snapshot'],
  messages: {
    public: 'DB snapshot {{name}} can be restored by any AWS account (restore attribute includes "all")',
  },
  remediation: {
    text: 'Remove "all" from the snapshot\'s restore attribute; share with specific account ids if needed.',
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1',
  ],
  check(snapshot, ctx) {
    const values = need(snapshot.config, 'restoreAttributeValues');
    if (values.some((v) => v.toLowerCase() === 'all')) {
      return ctx.fail('public', { name: snapshot.name }, { restoreAttributeValues: values });
    }
    return ctx.pass({ sharedWith: values });
  },
});
