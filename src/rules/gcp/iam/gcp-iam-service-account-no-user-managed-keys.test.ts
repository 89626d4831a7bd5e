import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { APP_SA, secureServiceAccountKey } from '../testing/fixtures.js';
import { rule } from './gcp-iam-service-account-no-user-managed-keys.js';

const key = (config: Partial<typeof secureServiceAccountKey>) =>
  assetOf(
    'gcp.iam.service-account-key',
    { ...secureServiceAccountKey, ...config },
    {
      name: '0a1b2c3d',
      uid: `//iam.googleapis.com/projects/acme-prod/serviceAccounts/${APP_SA}/keys/0a1b2c3d`,
      region: 'global',
    },
  );

runRuleTests(rule, {
  valid: [key({})],
  invalid: [
    {
      asset: key({ keyType: 'USER_MANAGED' }),
      messageId: 'userManaged',
      message: `Service account ${APP_SA} has user-managed key 0a1b2c3d`,
    },
  ],
  unknown: [{ asset: key({ keyType: unknown('the key record has no keyType') }), field: 'keyType' }],
});
