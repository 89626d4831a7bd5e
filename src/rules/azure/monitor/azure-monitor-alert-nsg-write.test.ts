import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-nsg-write.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Network/networkSecurityGroups/write'));
