/** Virtual networks have DDoS Network Protection. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-network-vnet-ddos-protection-enabled',
  title: 'Virtual networks have DDoS Network Protection',
  description:
    'Azure DDoS Network Protection adds adaptive tuning, attack telemetry and cost protection to public IPs in the network, beyond the basic infrastructure protection.',
  severity: 'low',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['azure.network.virtual-network'],
  messages: {
    off: 'Virtual network {{name}} has no DDoS Network Protection',
  },
  remediation: {
    text: 'Associate a DDoS protection plan with the virtual network.',
    cli: 'az network vnet update --name <vnet> --resource-group <rg> --ddos-protection true --ddos-protection-plan <plan-id>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview'],
  check(a, ctx) {
    return need(a.config, 'ddosProtectionEnabled') === true ? ctx.pass() : ctx.fail('off', { name: a.name });
  },
});
