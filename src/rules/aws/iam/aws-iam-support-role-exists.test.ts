import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-support-role-exists.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({}), account({ supportAccessEntities: ['group/responders'] })],
  invalid: [
    {
      asset: account({ supportAccessEntities: [] }),
      messageId: 'none',
      message: 'Account 111122223333 has no role, group or user with the AWSSupportAccess policy',
    },
  ],
  unknown: [
    {
      asset: account({ supportAccessEntities: unknown('iam:ListEntitiesForPolicy was denied') }),
      field: 'supportAccessEntities',
    },
  ],
});
