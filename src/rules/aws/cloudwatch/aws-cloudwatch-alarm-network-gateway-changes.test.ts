import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-network-gateway-changes.js';

monitoringRuleTests(rule, 'network-gateway-changes');
