import { runProtectionPlanTests } from '../testing/guardduty-plan-tests.js';
import { rule } from './aws-guardduty-s3-protection-enabled.js';

runProtectionPlanTests(rule, { feature: 'S3_DATA_EVENTS', plan: 'S3 Protection' });
