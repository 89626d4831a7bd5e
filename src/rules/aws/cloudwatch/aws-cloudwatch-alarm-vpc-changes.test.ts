import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-vpc-changes.js';

monitoringRuleTests(rule, 'vpc-changes');
