/** Microsoft Defender for Key Vault is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-key-vault-on',
  plan: 'KeyVaults',
  product: 'Key Vault',
  protects: 'detects unusual and potentially harmful access to key vaults.',
});
