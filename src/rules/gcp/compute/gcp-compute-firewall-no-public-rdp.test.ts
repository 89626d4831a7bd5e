import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewall } from '../testing/fixtures.js';
import { rule } from './gcp-compute-firewall-no-public-rdp.js';

const fw = (config: Partial<typeof secureFirewall>) =>
  assetOf(
    'gcp.compute.firewall',
    { ...secureFirewall, ...config },
    {
      name: 'allow-rdp',
      uid: '//compute.googleapis.com/projects/acme-prod/global/firewalls/allow-rdp',
      region: 'global',
    },
  );
const world = { sourceRanges: ['0.0.0.0/0'] };

runRuleTests(rule, {
  valid: [
    fw({}),
    { name: 'SSH only', asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['22'] }] }) },
    { name: 'disabled', asset: fw({ ...world, disabled: true }) },
  ],
  invalid: [
    {
      name: 'tcp:3389 from the world',
      asset: fw({ ...world, targetTags: ['windows'] }),
      messageId: 'open',
      message: 'Firewall rule allow-rdp allows 3389 (RDP) from 0.0.0.0/0 to instances tagged windows',
    },
    {
      name: 'range 3000-4000',
      asset: fw({ ...world, allowed: [{ protocol: 'tcp', ports: ['3000-4000'] }] }),
      messageId: 'open',
    },
  ],
  unknown: [{ asset: fw({ allowed: unknown('not in the record') }), field: 'allowed' }],
  notApplicable: [fw({ ...world, direction: 'EGRESS' })],
});
