import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-versioning-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({})],
  invalid: [
    {
      name: 'suspended',
      asset: bucket({ versioning: 'Suspended' }),
      messageId: 'off',
      message: 'Bucket data versioning is suspended',
    },
    {
      name: 'never enabled',
      asset: bucket({ versioning: 'Off' }),
      messageId: 'off',
      message: 'Bucket data versioning is off (never enabled)',
    },
  ],
  unknown: [{ asset: bucket({ versioning: unknown('s3:GetBucketVersioning denied') }), field: 'versioning' }],
});
