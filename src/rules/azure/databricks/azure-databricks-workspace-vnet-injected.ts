/** Databricks workspaces run in a customer-managed virtual network. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-databricks-workspace-vnet-injected',
  title: 'Databricks workspaces run in a customer-managed virtual network',
  description:
    'VNet injection puts the cluster nodes in your own virtual network, where your NSGs, routes and firewalls apply, instead of a network Databricks manages.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.databricks.workspace'],
  messages: {
    managed: 'Databricks workspace {{name}} runs in a Databricks-managed virtual network',
  },
  remediation: {
    text: 'Deploy the workspace with VNet injection (customVirtualNetworkId, public and private subnets); an existing workspace must be redeployed.',
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/vnet-inject'],
  check(a, ctx) {
    return need(a.config, 'customVirtualNetworkId') !== null
      ? ctx.pass()
      : ctx.fail('managed', { name: a.name });
  },
});
