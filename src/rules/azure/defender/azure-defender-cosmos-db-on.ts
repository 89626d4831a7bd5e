/** Microsoft Defender for Azure Cosmos DB is on. */
import { defenderPlanRule } from './plan.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-cosmos-db-on',
  plan: 'CosmosDbs',
  product: 'Azure Cosmos DB',
  protects: 'detects SQL injection, unusual access and data exfiltration on Cosmos DB accounts.',
});
