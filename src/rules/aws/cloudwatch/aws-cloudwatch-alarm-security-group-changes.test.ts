import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-security-group-changes.js';

monitoringRuleTests(rule, 'security-group-changes');
