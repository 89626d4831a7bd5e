import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-policy-assignment-delete.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Authorization/policyAssignments/delete'));
