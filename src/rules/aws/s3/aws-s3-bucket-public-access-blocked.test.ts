import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-public-access-blocked.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({})],
  invalid: [
    {
      name: 'no public access block',
      asset: bucket({ publicAccessBlock: null }),
      messageId: 'none',
      message: 'Bucket data has no public access block configured',
    },
    {
      name: 'two settings off',
      asset: bucket({
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: false,
          blockPublicPolicy: true,
          restrictPublicBuckets: false,
        },
      }),
      messageId: 'partial',
      message: 'Bucket data public access block leaves ignorePublicAcls, restrictPublicBuckets turned off',
    },
  ],
  unknown: [
    {
      asset: bucket({ publicAccessBlock: unknown('s3:GetBucketPublicAccessBlock denied') }),
      field: 'publicAccessBlock',
    },
  ],
});
