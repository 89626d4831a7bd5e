import { runRuleTests } from '../../testing/tester.js';
import { defenderPlanCases } from '../testing/families.js';
import { rule } from './azure-defender-sql-on-machines-on.js';

runRuleTests(rule, defenderPlanCases('SqlServerVirtualMachines'));
