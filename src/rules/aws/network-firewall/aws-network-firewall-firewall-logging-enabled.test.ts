import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewall } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-firewall-logging-enabled.js';

const make = (config: Partial<typeof secureFirewall>) =>
  assetOf('aws.network-firewall.firewall', { ...secureFirewall, ...config }, { name: 'egress' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ logTypes: [] }),
      messageId: 'off',
      message: 'Network Firewall egress sends no flow, alert or TLS logs anywhere',
    },
  ],
  unknown: [{ asset: make({ logTypes: unknown('not recorded') }), field: 'logTypes' }],
});
