import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, daysAgo, secureAccount, TEST_NOW } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-root-not-recently-used.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  now: TEST_NOW,
  valid: [
    account({}),
    { name: 'never used', asset: account({ rootPasswordLastUsed: null }) },
    {
      name: 'a key last used 31 days ago',
      asset: account({
        rootAccessKeys: [{ id: 'key1', active: false, lastRotated: daysAgo(400), lastUsed: daysAgo(31) }],
      }),
    },
  ],
  invalid: [
    {
      name: 'password sign-in 11 days ago',
      asset: account({ rootPasswordLastUsed: '2026-05-20T08:00:00.000Z' }),
      messageId: 'recentlyUsed',
      message: 'Root user of account 111122223333 was used 11 day(s) ago (password sign-in, on 2026-05-20)',
    },
    {
      name: 'the most recent of password and key use is reported',
      asset: account({
        rootPasswordLastUsed: daysAgo(20),
        rootAccessKeys: [{ id: 'key1', active: true, lastRotated: daysAgo(400), lastUsed: daysAgo(3) }],
      }),
      messageId: 'recentlyUsed',
      message: 'Root user of account 111122223333 was used 3 day(s) ago (access key key1, on 2026-05-29)',
    },
    {
      name: 'a known recent sign-in fails even when key use is unknown',
      asset: account({ rootPasswordLastUsed: daysAgo(1), rootAccessKeys: unknown('not in the source') }),
      messageId: 'recentlyUsed',
    },
  ],
  unknown: [
    {
      name: 'password use unknown, keys unused',
      asset: account({ rootPasswordLastUsed: unknown('AWS Config does not record the root user') }),
      field: 'rootPasswordLastUsed',
    },
    {
      name: 'old sign-in, key use unknown',
      asset: account({ rootAccessKeys: unknown('not in the source') }),
      field: 'rootAccessKeys',
    },
  ],
});
