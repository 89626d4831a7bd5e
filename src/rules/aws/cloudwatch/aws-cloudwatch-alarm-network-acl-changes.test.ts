import { monitoringRuleTests } from '../testing/monitoring-fixtures.js';
import { rule } from './aws-cloudwatch-alarm-network-acl-changes.js';

monitoringRuleTests(rule, 'network-acl-changes');
