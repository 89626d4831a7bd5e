import { runRuleTests } from '../../testing/tester.js';
import { activityLogAlertCases } from '../testing/families.js';
import { rule } from './azure-monitor-alert-service-health.js';

runRuleTests(rule, activityLogAlertCases(undefined));
