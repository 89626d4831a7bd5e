import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-ec2-ebs-default-encryption-enabled.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({
        ebsEncryptionByDefault: [
          { region: 'us-east-1', enabled: true },
          { region: 'eu-west-1', enabled: false },
          { region: 'ap-south-1', enabled: false },
        ],
      }),
      messageId: 'off',
      message: 'Account 111122223333 does not encrypt new EBS volumes by default in eu-west-1, ap-south-1',
    },
  ],
  unknown: [
    {
      name: 'AWS Config does not record the setting',
      asset: account({
        ebsEncryptionByDefault: unknown('AWS Config does not record EBS encryption by default'),
      }),
      field: 'ebsEncryptionByDefault',
    },
    {
      name: 'no region read',
      asset: account({ ebsEncryptionByDefault: [] }),
      field: 'ebsEncryptionByDefault',
    },
  ],
});
