import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { daysAgo, secureUser, TEST_NOW } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-access-keys-rotated.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'ci-deployer', region: 'global' });

runRuleTests(rule, {
  now: TEST_NOW,
  valid: [
    user({}),
    {
      name: 'an old key that is inactive does not count',
      asset: user({
        accessKeys: [
          { id: 'key1', active: true, lastRotated: daysAgo(90), lastUsed: daysAgo(1) },
          { id: 'key2', active: false, lastRotated: daysAgo(500), lastUsed: daysAgo(400) },
        ],
      }),
    },
  ],
  invalid: [
    {
      asset: user({
        accessKeys: [{ id: 'key1', active: true, lastRotated: daysAgo(91), lastUsed: daysAgo(1) }],
      }),
      messageId: 'stale',
      message: 'IAM user ci-deployer has active access key(s) older than 90 days: key1 (91 days)',
    },
    {
      name: 'both keys old',
      asset: user({
        accessKeys: [
          { id: 'AKIAIOSFODNN7EXAMPLE', active: true, lastRotated: daysAgo(400), lastUsed: null },
          { id: 'AKIAI44QH8DHBEXAMPLE', active: true, lastRotated: daysAgo(120), lastUsed: null },
        ],
      }),
      messageId: 'stale',
      message:
        'IAM user ci-deployer has active access key(s) older than 90 days: AKIA…MPLE (400 days), AKIA…MPLE (120 days)',
    },
  ],
  unknown: [
    {
      name: 'AWS Config alone: keys not recorded',
      asset: user({ accessKeys: unknown('AWS Config does not record access keys') }),
      field: 'accessKeys',
    },
    {
      name: 'an active key with no date',
      asset: user({ accessKeys: [{ id: 'key1', active: true, lastRotated: null, lastUsed: null }] }),
      field: 'accessKeys',
    },
  ],
  notApplicable: [user({ accessKeys: [] })],
});
