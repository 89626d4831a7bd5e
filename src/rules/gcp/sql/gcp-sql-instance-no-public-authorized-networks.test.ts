import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlInstance } from '../testing/fixtures.js';
import { rule } from './gcp-sql-instance-no-public-authorized-networks.js';

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

const open = {
  ipv4Enabled: true,
  authorizedNetworks: [
    { value: '203.0.113.0/24', name: 'office' },
    { value: '0.0.0.0/0', name: null },
  ],
};

runRuleTests(rule, {
  valid: [
    db({ ipv4Enabled: true, authorizedNetworks: [{ value: '203.0.113.0/24', name: 'office' }] }),
    { name: 'public IP with no authorized networks (Auth Proxy only)', asset: db({ ipv4Enabled: true }) },
  ],
  invalid: [
    {
      asset: db(open),
      messageId: 'world',
      message: 'Cloud SQL instance orders-db accepts connections from 0.0.0.0/0 on its public IP',
    },
  ],
  unknown: [
    { asset: db({ ipv4Enabled: true, authorizedNetworks: unknown('no data') }), field: 'authorizedNetworks' },
    {
      asset: db({ ...open, ipv4Enabled: unknown('the Cloud SQL record has no settings.ipConfiguration') }),
      field: 'ipv4Enabled',
    },
  ],
  notApplicable: [{ name: 'private IP only', asset: db({ ...open, ipv4Enabled: false }) }],
});
