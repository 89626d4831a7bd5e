/** Microsoft Defender for Servers is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-servers-on',
  plan: 'VirtualMachines',
  product: 'Servers',
  protects:
    'detects threats on virtual machines and servers (endpoint detection, vulnerability assessment, file integrity).',
});
