/** Microsoft Defender for CSPM is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-cspm-on',
  plan: 'CloudPosture',
  product: 'CSPM',
  protects: 'assesses attack paths, sensitive data exposure and agentless posture across the subscription.',
});
