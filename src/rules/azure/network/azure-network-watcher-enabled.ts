import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-watcher-enabled',
  title: 'Network Watcher is enabled in every region that has a virtual network',
  description:
    'Network Watcher provides flow logs, connection troubleshooting and topology for a region; without it ' +
    'there is no network forensics there. Each virtual network is judged by whether its subscription has a ' +
    'Network Watcher in the same region. Absence is only concluded when the sources listed the ' +
    "subscription's resources completely; otherwise the result is unknown.",
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.network.virtual-network'],
  requires: ['azure.network.network-watcher'],
  messages: {
    none: 'Virtual network {{name}} is in region {{region}}, where the subscription has no Network Watcher',
  },
  remediation: {
    text: 'Enable Network Watcher for the region (Azure creates NetworkWatcher_<region> in the NetworkWatcherRG resource group).',
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations <region> --enabled true',
  },
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create'],
  check(vnet, ctx) {
    const scope = { account: vnet.account, region: vnet.region };
    const watchers = ctx.assets('azure.network.network-watcher', scope);
    if (watchers.length > 0) return ctx.pass({ watcher: watchers[0]!.uid });
    if (!ctx.covered('azure.network.network-watcher', scope))
      return ctx.unknown(
        'network watchers',
        `the sources did not list every Network Watcher of subscription ${vnet.account} in ${vnet.region}`,
      );
    return ctx.fail('none', { name: vnet.name, region: vnet.region });
  },
});
