import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-route-table-changes.js';

monitoringRuleTests(rule, 'route-table-changes');
