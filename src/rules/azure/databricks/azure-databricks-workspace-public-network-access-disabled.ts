/** Databricks workspaces disable public network access. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-databricks-workspace-public-network-access-disabled',
  title: 'Databricks workspaces disable public network access',
  description:
    'With public network access disabled, the workspace UI and APIs are reachable only through private endpoints.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.databricks.workspace'],
  messages: {
    open: 'Databricks workspace {{name}} allows public network access ({{value}})',
  },
  remediation: {
    text: 'Disable public network access after setting up front-end private endpoints.',
    cli: 'az databricks workspace update --name <ws> --resource-group <rg> --public-network-access Disabled',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/databricks/security/network/front-end/front-end-private-connect',
  ],
  check(a, ctx) {
    const v = need(a.config, 'publicNetworkAccess');
    return v === 'Disabled' ? ctx.pass() : ctx.fail('open', { name: a.name, value: v ?? 'not set' });
  },
});
