import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-sql-firewall-rule-delete.js';

runRuleTests(rule, activityLogAlertCases('Microsoft.Sql/servers/firewallRules/delete'));
