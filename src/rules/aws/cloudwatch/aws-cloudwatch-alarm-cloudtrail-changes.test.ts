import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-cloudtrail-changes.js';

monitoringRuleTests(rule, 'cloudtrail-changes');
