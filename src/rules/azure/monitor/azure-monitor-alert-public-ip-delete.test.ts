import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-public-ip-delete.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Network/publicIPAddresses/delete'));
