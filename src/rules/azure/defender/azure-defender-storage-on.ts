/** Microsoft Defender for Storage is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-storage-on',
  plan: 'StorageAccounts',
  product: 'Storage',
  protects: 'detects malware uploads, data exfiltration and unusual access to storage accounts.',
});
