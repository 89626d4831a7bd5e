import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-config-changes.js';

monitoringRuleTests(rule, 'config-changes');
