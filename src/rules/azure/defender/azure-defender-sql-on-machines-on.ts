/** Microsoft Defender for SQL servers on machines is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-sql-on-machines-on',
  plan: 'SqlServerVirtualMachines',
  product: 'SQL servers on machines',
  protects: 'protects SQL Server running on virtual machines and Arc-enabled servers.',
});
