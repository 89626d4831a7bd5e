import { unknown } from '../../../model/unknown.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-s3-access-point-public-access-blocked.js';

const ALL_ON = {
  blockPublicAcls: true,
  ignorePublicAcls: true,
  blockPublicPolicy: true,
  restrictPublicBuckets: true,
};
const base: ConfigOf<'aws.s3.access-point'> = {
  bucket: 'data',
  bucketAccountId: '111122223333',
  networkOrigin: 'Internet',
  vpcId: null,
  publicAccessBlock: ALL_ON,
};
const ap = (config: Partial<typeof base>) =>
  assetOf('aws.s3.access-point', { ...base, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [ap({}), ap({ networkOrigin: 'VPC', vpcId: 'vpc-1' })],
  invalid: [
    {
      asset: ap({ publicAccessBlock: { ...ALL_ON, blockPublicPolicy: false, restrictPublicBuckets: false } }),
      messageId: 'off',
      message:
        'S3 access point app (bucket data) does not block public access: blockPublicPolicy, restrictPublicBuckets off',
    },
    { name: 'no block at all', asset: ap({ publicAccessBlock: null }), messageId: 'off' },
  ],
  unknown: [{ asset: ap({ publicAccessBlock: unknown('not recorded') }), field: 'publicAccessBlock' }],
});
