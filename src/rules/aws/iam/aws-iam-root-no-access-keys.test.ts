import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, daysAgo, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-root-no-access-keys.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [
    account({}),
    {
      name: 'an inactive key does not count',
      asset: account({
        rootAccessKeys: [{ id: 'key1', active: false, lastRotated: daysAgo(900), lastUsed: null }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an active key, named by its slot',
      asset: account({
        rootAccessKeys: [{ id: 'key2', active: true, lastRotated: daysAgo(10), lastUsed: null }],
      }),
      messageId: 'activeKeys',
      message: 'Root user of account 111122223333 has 1 active access key(s): key2',
    },
    {
      name: 'a live access key id is shortened in the message',
      asset: account({
        rootAccessKeys: [
          { id: 'AKIAIOSFODNN7EXAMPLE', active: true, lastRotated: daysAgo(10), lastUsed: daysAgo(1) },
          { id: 'AKIAI44QH8DHBEXAMPLE', active: true, lastRotated: daysAgo(10), lastUsed: null },
        ],
      }),
      messageId: 'activeKeys',
      message: 'Root user of account 111122223333 has 2 active access key(s): AKIA…MPLE, AKIA…MPLE',
    },
  ],
  unknown: [{ asset: account({ rootAccessKeys: unknown('not in the source') }), field: 'rootAccessKeys' }],
});
