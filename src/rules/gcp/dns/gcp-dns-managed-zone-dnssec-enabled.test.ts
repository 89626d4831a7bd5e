import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureManagedZone } from '../testing/fixtures.js';
import { rule } from './gcp-dns-managed-zone-dnssec-enabled.js';

const zone = (config: Partial<typeof secureManagedZone>) =>
  assetOf(
    'gcp.dns.managed-zone',
    { ...secureManagedZone, ...config },
    { name: 'acme-public', region: 'global' },
  );

runRuleTests(rule, {
  valid: [zone({})],
  invalid: [
    {
      asset: zone({ dnssecState: 'off' }),
      messageId: 'off',
      message: 'Public DNS zone acme-public has DNSSEC off',
    },
    {
      asset: zone({ dnssecState: 'transfer' }),
      messageId: 'off',
      message: 'Public DNS zone acme-public has DNSSEC transfer',
    },
  ],
  unknown: [{ asset: zone({ dnssecState: unknown('no data') }), field: 'dnssecState' }],
  notApplicable: [{ name: 'private zone', asset: zone({ visibility: 'PRIVATE', dnssecState: 'off' }) }],
});
