import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-root-hardware-mfa-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ rootVirtualMfa: true }),
      messageId: 'virtual',
      message: 'Account 111122223333 root user uses a virtual MFA device, not a hardware one',
    },
    {
      name: 'no MFA: known without the virtual device list',
      asset: account({ rootMfaEnabled: false, rootVirtualMfa: unknown('not read') }),
      messageId: 'noMfa',
    },
  ],
  unknown: [
    {
      asset: account({ rootVirtualMfa: unknown('AWS Config does not record this') }),
      field: 'rootVirtualMfa',
    },
    { asset: account({ rootMfaEnabled: unknown('no credential report') }), field: 'rootMfaEnabled' },
  ],
});
