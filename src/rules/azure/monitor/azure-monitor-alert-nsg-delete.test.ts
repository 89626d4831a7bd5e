import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-nsg-delete.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Network/networkSecurityGroups/delete'));
