import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-azure-sql-on.js';

runRuleTests(rule, defenderPlanCases('SqlServers'));
