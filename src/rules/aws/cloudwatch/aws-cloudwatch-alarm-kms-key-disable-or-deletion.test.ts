import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-kms-key-disable-or-deletion.js';

monitoringRuleTests(rule, 'kms-key-disable-or-deletion');
