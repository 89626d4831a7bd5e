import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { nsgRule, secureNsg } from '../testing/fixtures.js';
import { rule } from './azure-network-nsg-no-public-udp.js';

const nsg = (config: Partial<typeof secureNsg>) =>
  assetOf('azure.network.network-security-group', { ...secureNsg, ...config }, { name: 'nsg-dns' });
const withRules = (...rules: ReturnType<typeof nsgRule>[]) => nsg({ securityRules: rules });

runRuleTests(rule, {
  valid: [
    nsg({}),
    {
      name: 'UDP from a trusted range only',
      asset: withRules(
        nsgRule({
          name: 'ntp',
          protocol: 'Udp',
          sourceAddressPrefixes: ['10.0.0.0/8'],
          destinationPortRanges: ['123'],
        }),
      ),
    },
    {
      name: 'an earlier Deny from the internet covers every UDP port',
      asset: withRules(
        nsgRule({
          name: 'deny-udp',
          priority: 100,
          access: 'Deny',
          protocol: 'Udp',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['*'],
        }),
        nsgRule({
          name: 'dns',
          priority: 200,
          protocol: 'Udp',
          sourceAddressPrefixes: ['Internet'],
          destinationPortRanges: ['53'],
        }),
      ),
    },
  ],
  invalid: [
    {
      asset: withRules(
        nsgRule({
          name: 'dns',
          protocol: 'Udp',
          sourceAddressPrefixes: ['Internet'],
          destinationPortRanges: ['53'],
        }),
      ),
      messageId: 'open',
      message: 'NSG nsg-dns allows UDP 53 from Internet through rule dns (priority 100)',
    },
    {
      name: 'any protocol from the internet includes UDP',
      asset: withRules(
        nsgRule({
          name: 'all',
          protocol: '*',
          sourceAddressPrefixes: ['0.0.0.0/0'],
          destinationPortRanges: ['*'],
        }),
      ),
      messageId: 'open',
      message: 'NSG nsg-dns allows UDP all ports from 0.0.0.0/0 through rule all (priority 100)',
    },
    {
      name: 'an earlier Deny covers only part of the range',
      asset: withRules(
        nsgRule({
          name: 'deny-low',
          priority: 100,
          access: 'Deny',
          protocol: '*',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['0-1023'],
        }),
        nsgRule({
          name: 'wide',
          priority: 200,
          protocol: 'Udp',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['*'],
        }),
      ),
      messageId: 'open',
      message: 'NSG nsg-dns allows UDP 1024-65535 from * through rule wide (priority 200)',
    },
  ],
  unknown: [{ asset: nsg({ securityRules: unknown('no properties in the row') }), field: 'securityRules' }],
});
