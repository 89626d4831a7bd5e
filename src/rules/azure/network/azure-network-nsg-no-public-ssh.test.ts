import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { nsgRule, secureNsg } from '../testing/fixtures.js';
import { rule } from './azure-network-nsg-no-public-ssh.js';

const nsg = (config: Partial<typeof secureNsg>) =>
  assetOf('azure.network.network-security-group', { ...secureNsg, ...config }, { name: 'nsg-web' });
const withRules = (...rules: ReturnType<typeof nsgRule>[]) => nsg({ securityRules: rules });

const sshFromInternet = nsgRule({
  name: 'ssh-any',
  priority: 300,
  sourceAddressPrefixes: ['Internet'],
  destinationPortRanges: ['22'],
});

runRuleTests(rule, {
  valid: [
    nsg({}),
    {
      name: 'an earlier Deny from the internet covers 22',
      asset: withRules(
        nsgRule({
          name: 'deny-ssh',
          priority: 200,
          access: 'Deny',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['22'],
        }),
        sshFromInternet,
      ),
    },
    { name: 'UDP only', asset: withRules({ ...sshFromInternet, protocol: 'Udp' }) },
    { name: 'outbound', asset: withRules({ ...sshFromInternet, direction: 'Outbound' }) },
    { name: 'Deny rule', asset: withRules({ ...sshFromInternet, access: 'Deny' }) },
    {
      name: 'default rules not read',
      asset: nsg({ defaultSecurityRules: unknown('properties.defaultSecurityRules is absent') }),
    },
  ],
  invalid: [
    {
      asset: withRules(sshFromInternet),
      messageId: 'open',
      message: 'NSG nsg-web allows SSH (port 22) from Internet through rule ssh-any (priority 300)',
    },
    {
      name: 'a port range in the plural field, source in a prefixes list',
      asset: withRules(
        nsgRule({
          name: 'mgmt',
          sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'],
          destinationPortRanges: ['443', '20-25'],
        }),
      ),
      messageId: 'open',
      message: 'NSG nsg-web allows SSH (port 22) from 0.0.0.0/0 through rule mgmt (priority 100)',
    },
    {
      name: 'any protocol, any port, from Any',
      asset: withRules(
        nsgRule({ name: 'all', protocol: '*', sourceAddressPrefixes: ['Any'], destinationPortRanges: ['*'] }),
      ),
      messageId: 'open',
    },
    {
      name: 'the Deny comes after the Allow',
      asset: withRules(
        sshFromInternet,
        nsgRule({
          name: 'deny-ssh',
          priority: 400,
          access: 'Deny',
          sourceAddressPrefixes: ['*'],
          destinationPortRanges: ['22'],
        }),
      ),
      messageId: 'open',
    },
    {
      name: 'the earlier Deny only covers part of the internet',
      asset: withRules(
        nsgRule({
          name: 'deny-some',
          priority: 200,
          access: 'Deny',
          sourceAddressPrefixes: ['198.51.100.0/24'],
          destinationPortRanges: ['22'],
        }),
        sshFromInternet,
      ),
      messageId: 'open',
    },
  ],
  unknown: [{ asset: nsg({ securityRules: unknown('no properties in the row') }), field: 'securityRules' }],
});
