/** Key Vault secrets have an expiration date. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-secrets-expire',
  title: 'Key Vault secrets have an expiration date',
  description:
    'A secret without an expiry stays valid forever, however often it leaked. Every enabled secret should expire so it must be rotated. The secrets are listed through the management API (attributes only, never the material); when that was denied, the result is unknown.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['credentials'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    noExpiry: 'Key vault {{name}} has {{count}} enabled secrets without an expiration date: {{items}}',
  },
  remediation: {
    text: 'Set an expiration date on every enabled secret, and rotate before it passes.',
    cli: 'az keyvault secret set-attributes --vault-name <vault> --name <secret> --expires <ISO time>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates'],
  check(a, ctx) {
    const items = need(a.config, 'secrets').filter((i) => i.enabled && i.expires === null);
    if (items.length === 0) return ctx.pass();
    return ctx.fail('noExpiry', {
      name: a.name,
      count: items.length,
      items: items
        .map((i) => i.name)
        .slice(0, 10)
        .join(', '),
    });
  },
});
