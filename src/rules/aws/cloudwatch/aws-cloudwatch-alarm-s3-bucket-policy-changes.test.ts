import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-s3-bucket-policy-changes.js';

monitoringRuleTests(rule, 's3-bucket-policy-changes');
