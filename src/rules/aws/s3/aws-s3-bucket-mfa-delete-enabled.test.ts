import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-mfa-delete-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({ mfaDelete: true })],
  invalid: [
    {
      asset: bucket({ mfaDelete: false }),
      messageId: 'off',
      message: 'Bucket data does not require MFA to delete object versions',
    },
  ],
  unknown: [{ asset: bucket({ mfaDelete: unknown('s3:GetBucketVersioning denied') }), field: 'mfaDelete' }],
});
