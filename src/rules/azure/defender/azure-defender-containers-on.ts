/** Microsoft Defender for Containers is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-containers-on',
  plan: 'Containers',
  product: 'Containers',
  protects: 'hardens and watches Kubernetes clusters, and scans container images for vulnerabilities.',
});
