import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-public-ip-write.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Network/publicIPAddresses/write'));
