import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-default-encryption-kms.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [
    bucket({}),
    {
      name: 'dual-layer KMS',
      asset: bucket({ encryption: { sseAlgorithm: 'aws:kms:dsse', kmsKeyId: null, bucketKeyEnabled: null } }),
    },
  ],
  invalid: [
    {
      name: 'SSE-S3',
      asset: bucket({ encryption: { sseAlgorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false } }),
      messageId: 'notKms',
      message: 'Bucket data default encryption is AES256 (SSE-S3), not SSE-KMS',
    },
    {
      name: 'none',
      asset: bucket({ encryption: null }),
      messageId: 'none',
      message: 'Bucket data has no default encryption configured',
    },
  ],
  unknown: [
    { asset: bucket({ encryption: unknown('s3:GetEncryptionConfiguration denied') }), field: 'encryption' },
  ],
});
