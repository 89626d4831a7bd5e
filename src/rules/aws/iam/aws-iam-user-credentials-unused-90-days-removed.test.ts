import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { daysAgo, secureUser, TEST_NOW } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-credentials-unused-90-days-removed.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'bob', region: 'global' });

runRuleTests(rule, {
  now: TEST_NOW,
  valid: [
    user({}),
    {
      name: 'password unused for 60 days (IAM.22 fails it, IAM.8 does not)',
      asset: user({ passwordLastUsed: daysAgo(60) }),
    },
  ],
  invalid: [
    {
      name: 'password unused for 91 days',
      asset: user({ passwordLastUsed: daysAgo(91) }),
      messageId: 'unused',
      message: `IAM user bob has credentials unused for more than 90 days: console password (last used ${daysAgo(91).slice(0, 10)})`,
    },
    {
      name: 'key never used, created 200 days ago',
      asset: user({
        passwordEnabled: false,
        accessKeys: [{ id: 'key1', active: true, lastRotated: daysAgo(200), lastUsed: null }],
      }),
      messageId: 'unused',
    },
  ],
  unknown: [
    { asset: user({ passwordEnabled: unknown('no credential report') }), field: 'passwordEnabled' },
    { asset: user({ accessKeys: unknown('no credential report') }), field: 'accessKeys' },
  ],
  notApplicable: [user({ passwordEnabled: false, accessKeys: [] })],
});
