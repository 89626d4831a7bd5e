import { runProtectionPlanTests } from '../testing/guardduty-plan-tests.js';
import { rule } from './aws-guardduty-rds-protection-enabled.js';

runProtectionPlanTests(rule, { feature: 'RDS_LOGIN_EVENTS', plan: 'RDS Protection' });
