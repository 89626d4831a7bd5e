/** Databricks workspaces give cluster nodes no public IPs. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-databricks-workspace-no-public-ip',
  title: 'Databricks workspaces give cluster nodes no public IPs',
  description:
    'Secure cluster connectivity (No Public IP) keeps cluster nodes without public addresses and without open inbound ports.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['azure.databricks.workspace'],
  messages: {
    public: 'Databricks workspace {{name}} gives cluster nodes public IPs (No Public IP is off)',
  },
  remediation: {
    text: 'Enable secure cluster connectivity (enableNoPublicIp) on the workspace.',
    cli: 'az databricks workspace update --name <ws> --resource-group <rg> --enable-no-public-ip',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/secure-cluster-connectivity',
  ],
  check(a, ctx) {
    return need(a.config, 'noPublicIp') === true ? ctx.pass() : ctx.fail('public', { name: a.name });
  },
});
