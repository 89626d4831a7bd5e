/** Microsoft Defender for Resource Manager is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-resource-manager-on',
  plan: 'Arm',
  product: 'Resource Manager',
  protects:
    'detects suspicious management operations across the subscription, such as from malicious IPs or toolkits.',
});
