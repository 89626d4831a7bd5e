import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-open-source-databases-on.js';

runRuleTests(rule, defenderPlanCases('OpenSourceRelationalDatabases'));
