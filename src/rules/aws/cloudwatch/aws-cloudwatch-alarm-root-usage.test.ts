import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-root-usage.js';

monitoringRuleTests(rule, 'root-usage');
