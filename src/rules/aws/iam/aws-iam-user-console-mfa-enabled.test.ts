import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureUser } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-console-mfa-enabled.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'alice', region: 'global' });

runRuleTests(rule, {
  valid: [user({})],
  invalid: [
    {
      asset: user({ mfaActive: false }),
      messageId: 'noMfa',
      message: 'IAM user alice can sign in to the console with a password but has no MFA device',
    },
  ],
  unknown: [
    {
      name: 'AWS Config alone: MFA not recorded',
      asset: user({ mfaActive: unknown('AWS Config does not record MFA devices') }),
      field: 'mfaActive',
    },
    { asset: user({ passwordEnabled: unknown('not in the source') }), field: 'passwordEnabled' },
  ],
  notApplicable: [
    { name: 'no console password', asset: user({ passwordEnabled: false, mfaActive: false }) },
    {
      name: 'no console password, MFA unknown',
      asset: user({ passwordEnabled: false, mfaActive: unknown('not in the source') }),
    },
  ],
});
