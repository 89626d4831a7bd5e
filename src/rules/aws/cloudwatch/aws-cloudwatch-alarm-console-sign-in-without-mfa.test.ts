import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-console-sign-in-without-mfa.js';

monitoringRuleTests(rule, 'console-sign-in-without-mfa');
