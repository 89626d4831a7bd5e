import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-unauthorized-api-calls.js';

monitoringRuleTests(rule, 'unauthorized-api-calls');
