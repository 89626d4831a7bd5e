/** Microsoft Defender for APIs is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-apis-on',
  plan: 'Api',
  product: 'APIs',
  protects: 'watches APIs published through API Management for abuse, data exposure and attacks.',
});
