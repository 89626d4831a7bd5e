import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureFirewall } from '../testing/firewall-fixtures.js';
import { rule } from './aws-network-firewall-firewall-deletion-protection-enabled.js';

const make = (config: Partial<typeof secureFirewall>) =>
  assetOf('aws.network-firewall.firewall', { ...secureFirewall, ...config }, { name: 'egress' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ deletionProtection: false }),
      messageId: 'off',
      message: 'Network Firewall egress can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [{ asset: make({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
});
