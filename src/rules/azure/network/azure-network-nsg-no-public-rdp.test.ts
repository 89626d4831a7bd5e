import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { nsgRule, secureNsg } from '../testing/fixtures.js';
import { rule } from './azure-network-nsg-no-public-rdp.js';

const nsg = (config: Partial<typeof secureNsg>) =>
  assetOf('azure.network.network-security-group', { ...secureNsg, ...config }, { name: 'nsg-win' });
const withRules = (...rules: ReturnType<typeof nsgRule>[]) => nsg({ securityRules: rules });

runRuleTests(rule, {
  valid: [
    nsg({}),
    {
      name: 'a higher-priority Deny on 3389 hides a wide Allow',
      asset: withRules(
        nsgRule({
          name: 'deny-rdp',
          priority: 150,
          access: 'Deny',
          sourceAddressPrefixes: ['Internet'],
          destinationPortRanges: ['3389'],
        }),
        nsgRule({
          name: 'wide',
          priority: 200,
          protocol: '*',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['3380-3390'],
        }),
      ),
    },
  ],
  invalid: [
    {
      asset: withRules(
        nsgRule({
          name: 'rdp',
          priority: 120,
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['3389'],
        }),
      ),
      messageId: 'open',
      message: 'NSG nsg-win allows RDP (port 3389) from * through rule rdp (priority 120)',
    },
    {
      name: 'range covering 3389',
      asset: withRules(
        nsgRule({ name: 'wide', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['3000-4000'] }),
      ),
      messageId: 'open',
    },
  ],
  unknown: [{ asset: nsg({ securityRules: unknown('no properties in the row') }), field: 'securityRules' }],
});
