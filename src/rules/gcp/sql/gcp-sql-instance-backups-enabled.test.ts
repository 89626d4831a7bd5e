import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlInstance } from '../testing/fixtures.js';
import { rule } from './gcp-sql-instance-backups-enabled.js';

const db = (config: Partial<typeof secureSqlInstance>) =>
  assetOf(
    'gcp.sql.instance',
    { ...secureSqlInstance, ...config },
    {
      name: 'orders-db',
      uid: '//cloudsql.googleapis.com/projects/acme-prod/instances/orders-db',
      region: 'us-east1',
    },
  );

runRuleTests(rule, {
  valid: [db({})],
  invalid: [
    {
      asset: db({ backupEnabled: false }),
      messageId: 'off',
      message: 'Cloud SQL instance orders-db has automated backups turned off',
    },
  ],
  unknown: [
    { asset: db({ backupEnabled: unknown('the Cloud SQL record has no settings') }), field: 'backupEnabled' },
  ],
  notApplicable: [
    { name: 'read replica', asset: db({ instanceType: 'READ_REPLICA_INSTANCE', backupEnabled: false }) },
  ],
});
