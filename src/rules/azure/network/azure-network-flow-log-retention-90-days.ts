/** Flow logs are kept for at least 90 days. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-flow-log-retention-90-days',
  title: 'Flow logs are kept for at least 90 days',
  description:
    'NSG and virtual network flow logs show which addresses talked to which; investigations often reach back months. A retention policy of 90 days or more (0 means forever) keeps them that long.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.network.flow-log'],
  messages: {
    short: 'Flow log {{name}} keeps logs for {{days}} days (at least 90 required)',
    off: 'Flow log {{name}} is disabled or has no retention policy',
  },
  remediation: {
    text: 'Enable the flow log and set retention to 90 days or more (or send it to Log Analytics with traffic analytics).',
    cli: 'az network watcher flow-log update --location <region> --name <flow-log> --retention 90',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
    'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
  ],
  check(a, ctx) {
    const enabled = need(a.config, 'enabled');
    const r = need(a.config, 'retention');
    if (!enabled || r === null || !r.enabled) return ctx.fail('off', { name: a.name });
    return r.days === 0 || r.days >= 90
      ? ctx.pass({ days: r.days })
      : ctx.fail('short', { name: a.name, days: r.days });
  },
});
