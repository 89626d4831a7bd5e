import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-apis-on.js';

runRuleTests(rule, defenderPlanCases('Api'));
