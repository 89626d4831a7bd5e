import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-s3-account-public-access-blocked.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({})],
  invalid: [
    {
      asset: account({ s3PublicAccessBlock: null }),
      messageId: 'none',
      message: 'Account 111122223333 has no account-level S3 Block Public Access configured',
    },
    {
      asset: account({
        s3PublicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: false,
          restrictPublicBuckets: false,
        },
      }),
      messageId: 'partial',
      message:
        'Account 111122223333 S3 Block Public Access leaves blockPublicPolicy, restrictPublicBuckets turned off',
    },
  ],
  unknown: [
    {
      name: 'an AWS Config file without an AccountPublicAccessBlock item',
      asset: account({
        s3PublicAccessBlock: unknown('this AWS Config file has no AWS::S3::AccountPublicAccessBlock item'),
      }),
      field: 's3PublicAccessBlock',
    },
  ],
});
