import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-console-auth-failures.js';

monitoringRuleTests(rule, 'console-auth-failures');
