import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureManagedZone } from '../testing/fixtures.js';
import { rule } from './gcp-dns-managed-zone-ksk-not-rsasha1.js';

const zone = (config: Partial<typeof secureManagedZone>) =>
  assetOf(
    'gcp.dns.managed-zone',
    { ...secureManagedZone, ...config },
    { name: 'acme-public', region: 'global' },
  );

runRuleTests(rule, {
  valid: [
    zone({}),
    {
      name: 'only the other key uses RSASHA1',
      asset: zone({
        dnssecKeySpecs: [
          { keyType: 'KEY_SIGNING', algorithm: 'ECDSAP256SHA256' },
          { keyType: 'ZONE_SIGNING', algorithm: 'RSASHA1' },
        ],
      }),
    },
  ],
  invalid: [
    {
      asset: zone({ dnssecKeySpecs: [{ keyType: 'KEY_SIGNING', algorithm: 'RSASHA1' }] }),
      messageId: 'weak',
      message: 'DNS zone acme-public signs with RSASHA1 for its key-signing key',
    },
  ],
  unknown: [{ asset: zone({ dnssecKeySpecs: unknown('no data') }), field: 'dnssecKeySpecs' }],
  notApplicable: [
    { name: 'private zone', asset: zone({ visibility: 'PRIVATE' }) },
    { name: 'DNSSEC off', asset: zone({ dnssecState: 'off' }) },
  ],
});
