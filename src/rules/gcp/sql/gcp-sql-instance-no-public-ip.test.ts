import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlInstance } from '../testing/fixtures.js';
import { rule } from './gcp-sql-instance-no-public-ip.js';

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
      asset: db({ ipv4Enabled: true }),
      messageId: 'publicIp',
      message: 'Cloud SQL instance orders-db has a public IP address',
    },
  ],
  unknown: [
    {
      asset: db({ ipv4Enabled: unknown('the Cloud SQL record has no settings.ipConfiguration') }),
      field: 'ipv4Enabled',
    },
  ],
});
