import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-key-vault-on.js';

runRuleTests(rule, defenderPlanCases('KeyVaults'));
