import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { daysAgo, secureUser, TEST_NOW } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-unused-credentials-disabled.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'bob', region: 'global' });

runRuleTests(rule, {
  now: TEST_NOW,
  valid: [
    user({}),
    {
      name: 'a new password not used yet',
      asset: user({ passwordLastUsed: null, passwordLastChanged: daysAgo(10) }),
    },
    {
      name: 'a new key not used yet; an old inactive key',
      asset: user({
        passwordEnabled: false,
        passwordLastUsed: null,
        passwordLastChanged: null,
        accessKeys: [
          { id: 'key1', active: true, lastRotated: daysAgo(5), lastUsed: null },
          { id: 'key2', active: false, lastRotated: daysAgo(500), lastUsed: null },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'password unused for 46 days',
      asset: user({ passwordLastUsed: '2026-04-16T00:00:00.000Z' }),
      messageId: 'unused',
      message:
        'IAM user bob has credentials unused for more than 45 days: console password (last used 2026-04-16)',
    },
    {
      name: 'password never used; key never used',
      asset: user({
        passwordLastUsed: null,
        passwordLastChanged: '2026-01-01T00:00:00.000Z',
        accessKeys: [{ id: 'key1', active: true, lastRotated: '2025-12-01T00:00:00.000Z', lastUsed: null }],
      }),
      messageId: 'unused',
      message:
        'IAM user bob has credentials unused for more than 45 days: console password (never used, set 2026-01-01); ' +
        'access key key1 (never used, created 2025-12-01)',
    },
  ],
  unknown: [
    {
      name: 'AWS Config alone: passwords not recorded',
      asset: user({ passwordEnabled: unknown('AWS Config does not record passwords') }),
      field: 'passwordEnabled',
    },
    { asset: user({ passwordLastUsed: unknown('malformed in source') }), field: 'passwordLastUsed' },
    { asset: user({ accessKeys: unknown('not in the source') }), field: 'accessKeys' },
  ],
  notApplicable: [
    {
      name: 'no password and no active keys',
      asset: user({
        passwordEnabled: false,
        passwordLastUsed: null,
        passwordLastChanged: null,
        accessKeys: [{ id: 'key1', active: false, lastRotated: daysAgo(500), lastUsed: null }],
      }),
    },
  ],
});
