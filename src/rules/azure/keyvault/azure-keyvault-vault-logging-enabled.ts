/** Key vaults send their audit logs somewhere. */
import { sendsCategory } from '../../../inventory/azure/monitor.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-logging-enabled',
  title: 'Key vaults send their audit logs somewhere',
  description:
    'Key Vault audit events (AuditEvent, or the audit / allLogs category groups) record who read which key or secret. Without a diagnostic setting sending them to a workspace, storage account or event hub, that trail does not exist.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    none: 'Key vault {{name}} sends no audit logs (no diagnostic setting with AuditEvent)',
  },
  remediation: {
    text: 'Add a diagnostic setting with the audit category group (or AuditEvent) sent to Log Analytics.',
    cli: 'az monitor diagnostic-settings create --name kv-audit --resource <vault-id> --workspace <workspace-id> --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/logging'],
  check(a, ctx) {
    const settings = need(a.config, 'diagnosticSettings');
    const s = settings.find((x) => sendsCategory(x, 'AuditEvent'));
    return s ? ctx.pass({ setting: s.name }) : ctx.fail('none', { name: a.name });
  },
});
