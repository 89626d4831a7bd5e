import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-cosmos-db-on.js';

runRuleTests(rule, defenderPlanCases('CosmosDbs'));
