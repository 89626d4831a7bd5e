/** The portal uses Entra authorisation for storage data by default. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-storage-account-default-oauth-enabled',
  title: 'The portal uses Entra authorisation for storage data by default',
  description:
    "With defaultToOAuthAuthentication the Azure portal reads blobs, files and queues with the user's Entra identity and RBAC role, not with the account key, so access is per person and audited.",
  severity: 'low',
  category: 'storage',
  aspects: ['credentials'],
  assetTypes: ['azure.storage.account'],
  messages: {
    off: 'Storage account {{name}} does not default to Entra authorisation in the portal',
  },
  remediation: {
    text: 'Set "Default to Microsoft Entra authorization in the Azure portal" on the account.',
    cli: 'az storage account update --name <account> --set defaultToOAuthAuthentication=true',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/authorize-data-operations-portal'],
  check(a, ctx) {
    return need(a.config, 'defaultToOAuthAuthentication') === true
      ? ctx.pass()
      : ctx.fail('off', { name: a.name });
  },
});
