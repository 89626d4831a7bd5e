/** Subnets are associated with a network security group. */
import { SUBNETS_WITHOUT_NSG } from '../../../inventory/azure/network.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-subnet-nsg-associated',
  title: 'Subnets are associated with a network security group',
  description:
    'A subnet without an NSG filters no traffic at the subnet boundary. Subnets Azure reserves for gateways, Azure Firewall, Route Server and Bastion are exempt.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.network.virtual-network'],
  messages: {
    none: 'Virtual network {{name}} has subnets without a network security group: {{subnets}}',
  },
  remediation: {
    text: 'Associate an NSG with each subnet.',
    cli: 'az network vnet subnet update --vnet-name <vnet> --name <subnet> --resource-group <rg> --network-security-group <nsg>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview'],
  check(a, ctx) {
    const bare = need(a.config, 'subnets').filter(
      (s) => s.networkSecurityGroupId === null && !SUBNETS_WITHOUT_NSG.has(s.name.toLowerCase()),
    );
    return bare.length === 0
      ? ctx.pass()
      : ctx.fail('none', { name: a.name, subnets: bare.map((s) => s.name).join(', ') });
  },
});
