import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-iam-policy-changes.js';

monitoringRuleTests(rule, 'iam-policy-changes');
