/** Key Vault keys rotate automatically. */
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-keyvault-vault-key-rotation-enabled',
  title: 'Key Vault keys rotate automatically',
  description:
    'A rotation policy with a Rotate action creates a new key version on schedule, so a key is not used for years. Keys are read through the management API with their rotation policy.',
  severity: 'low',
  category: 'encryption',
  aspects: ['credentials'],
  assetTypes: ['azure.keyvault.vault'],
  messages: {
    manual: 'Key vault {{name}} has {{count}} enabled keys without automatic rotation: {{items}}',
  },
  remediation: {
    text: 'Add a rotation policy with a Rotate lifetime action (for example 90 days after creation) to each key.',
    cli: 'az keyvault key rotation-policy update --vault-name <vault> --name <key> --value @policy.json',
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation'],
  check(a, ctx) {
    const items = need(a.config, 'keys').filter((i) => i.enabled && !i.autoRotate);
    if (items.length === 0) return ctx.pass();
    return ctx.fail('manual', {
      name: a.name,
      count: items.length,
      items: items
        .map((i) => i.name)
        .slice(0, 10)
        .join(', '),
    });
  },
});
