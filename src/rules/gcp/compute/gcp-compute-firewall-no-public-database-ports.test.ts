import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewall } from '../testing/fixtures.js';
import { rule } from './gcp-compute-firewall-no-public-database-ports.js';

const fw = (config: Partial<typeof secureFirewall>) =>
  assetOf(
    'gcp.compute.firewall',
    { ...secureFirewall, ...config },
    {
      name: 'allow-db',
      uid: '//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-db',
      region: 'global',
    },
  );
const world = { sourceRanges: ['0.0.0.0/0'] };

runRuleTests(rule, {
  valid: [
    fw({ allowed: [{ protocol: 'tcp', ports: ['5432'] }] }),
    {
      name: 'HTTPS only from the world',
      asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['443'] }] }),
    },
  ],
  invalid: [
    {
      name: 'PostgreSQL and MySQL from the world',
      asset: fw({ ...world, targetTags: ['db'], allowed: [{ protocol: 'tcp', ports: ['3306', '5432'] }] }),
      messageId: 'open',
      message:
        'Firewall rule allow-db allows 3306 (MySQL), 5432 (PostgreSQL) from 0.0.0.0/0 to instances tagged db',
    },
    {
      name: 'Redis in a range',
      asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['6000-6500'] }] }),
      messageId: 'open',
      message: 'Firewall rule allow-db allows 6379 (Redis) from 0.0.0.0/0 to instances tagged admin',
    },
  ],
  unknown: [{ asset: fw({ disabled: unknown('not in the record') }), field: 'disabled' }],
  notApplicable: [fw({ ...world, allowed: [], denied: [{ protocol: 'all', ports: [] }] })],
});
