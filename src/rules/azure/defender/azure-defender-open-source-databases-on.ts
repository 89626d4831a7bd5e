/** Microsoft Defender for open-source relational databases is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-open-source-databases-on',
  plan: 'OpenSourceRelationalDatabases',
  product: 'open-source relational databases',
  protects: 'detects brute force and unusual access on PostgreSQL, MySQL and MariaDB servers.',
});
