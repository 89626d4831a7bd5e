import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureUserPool } from '../testing/apps-fixtures.js';
import { rule } from './aws-cognito-user-pool-threat-protection-enforced.js';

const pool = (advancedSecurityMode: string | ReturnType<typeof unknown>) =>
  assetOf('aws.cognito.user-pool', { ...secureUserPool, advancedSecurityMode }, { name: 'customers' });

runRuleTests(rule, {
  valid: [pool('ENFORCED')],
  invalid: [
    {
      asset: pool('AUDIT'),
      messageId: 'notEnforced',
      message: 'Cognito user pool customers has threat protection AUDIT, not enforced (full function)',
    },
    { asset: pool('OFF'), messageId: 'notEnforced' },
  ],
  unknown: [{ asset: pool(unknown('not recorded')), field: 'advancedSecurityMode' }],
});
