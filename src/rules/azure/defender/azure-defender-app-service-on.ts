/** Microsoft Defender for App Service is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-app-service-on',
  plan: 'AppServices',
  product: 'App Service',
  protects: 'detects attacks on App Service apps, such as web shells and dangling DNS.',
});
