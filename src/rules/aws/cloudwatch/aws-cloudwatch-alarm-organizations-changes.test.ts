import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-organizations-changes.js';

monitoringRuleTests(rule, 'organizations-changes');
