import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-security-solution-delete.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Security/securitySolutions/delete'));
