/** Microsoft Defender for Azure SQL databases is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-azure-sql-on',
  plan: 'SqlServers',
  product: 'Azure SQL databases',
  protects:
    'detects SQL injection, brute force and anomalous access, and runs vulnerability assessments on Azure SQL.',
});
