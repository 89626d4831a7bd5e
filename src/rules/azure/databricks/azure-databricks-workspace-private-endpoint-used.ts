/** Databricks workspaces are reached through private endpoints. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-databricks-workspace-private-endpoint-used',
  title: 'Databricks workspaces are reached through private endpoints',
  description: 'Private endpoints carry workspace traffic over the virtual network instead of the internet.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.databricks.workspace'],
  messages: {
    none: 'Databricks workspace {{name}} has no approved private endpoint connection',
  },
  remediation: { text: 'Create front-end (and back-end) private endpoints for the workspace.' },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/private-link'],
  check(a, ctx) {
    return need(a.config, 'privateEndpointConnections') > 0 ? ctx.pass() : ctx.fail('none', { name: a.name });
  },
});
