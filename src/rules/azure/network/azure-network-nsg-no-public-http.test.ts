import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { nsgRule, secureNsg } from '../testing/fixtures.js';
import { rule } from './azure-network-nsg-no-public-http.js';

const nsg = (config: Partial<typeof secureNsg>) =>
  assetOf('azure.network.network-security-group', { ...secureNsg, ...config }, { name: 'nsg-web' });
const withRules = (...rules: ReturnType<typeof nsgRule>[]) => nsg({ securityRules: rules });

runRuleTests(rule, {
  valid: [
    withRules(
      nsgRule({
        name: 'https-from-lb',
        sourceAddressPrefixes: ['AzureLoadBalancer'],
        destinationPortRanges: ['443'],
      }),
    ),
    {
      name: 'a higher-priority Deny from the internet covers 80-443',
      asset: withRules(
        nsgRule({
          name: 'deny-web',
          priority: 100,
          access: 'Deny',
          sourceAddressPrefixes: ['Internet'],
          destinationPortRanges: ['80-443'],
        }),
        nsgRule({
          name: 'web',
          priority: 200,
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['80', '443'],
        }),
      ),
    },
  ],
  invalid: [
    {
      asset: nsg({}),
      messageId: 'open',
      message: 'NSG nsg-web allows port 443 from Internet through rule https-in (priority 100)',
    },
    {
      name: 'a range from the Any tag',
      asset: withRules(
        nsgRule({ name: 'wide', sourceAddressPrefixes: ['Any'], destinationPortRanges: ['1-1024'] }),
      ),
      messageId: 'open',
      message: 'NSG nsg-web allows port 80 from Any through rule wide (priority 100)',
    },
  ],
  unknown: [{ asset: nsg({ securityRules: unknown('no properties') }), field: 'securityRules' }],
});
