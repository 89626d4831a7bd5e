import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-access-logging-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({})],
  invalid: [
    {
      asset: bucket({ logging: null }),
      messageId: 'off',
      message: 'Bucket data has server access logging turned off',
    },
  ],
  unknown: [{ asset: bucket({ logging: unknown('s3:GetBucketLogging denied') }), field: 'logging' }],
});
