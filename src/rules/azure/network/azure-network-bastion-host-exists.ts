import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-bastion-host-exists',
  title: 'Subscriptions have an Azure Bastion host',
  description:
    'Azure Bastion gives browser-based RDP and SSH to virtual machines over TLS without public IPs or ' +
    'open management ports on them. A subscription without one tends to open 22 and 3389 instead. ' +
    'Absence is only concluded when the sources listed the subscription completely.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.subscription'],
  requires: ['azure.network.bastion-host'],
  messages: { none: 'Subscription {{name}} has no Azure Bastion host' },
  remediation: {
    text: 'Deploy Azure Bastion in the hub (or each) virtual network, in a subnet named AzureBastionSubnet, and remove public management access from VMs.',
    cli: 'az network bastion create --name <bastion> --resource-group <rg> --vnet-name <vnet> --public-ip-address <pip> --location <region>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/bastion/bastion-overview'],
  check(subscription, ctx) {
    const hosts = ctx.assets('azure.network.bastion-host', { account: subscription.account });
    if (hosts.length > 0) return ctx.pass({ bastion: hosts[0]!.uid });
    if (!ctx.covered('azure.network.bastion-host', { account: subscription.account }))
      return ctx.unknown(
        'bastion hosts',
        `the sources did not list every resource of subscription ${subscription.account}`,
      );
    return ctx.fail('none', { name: subscription.name });
  },
});
