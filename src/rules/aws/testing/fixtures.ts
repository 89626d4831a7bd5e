/** Secure baseline configs for AWS rule tests: each test changes only what it is about. */
import type { ConfigOf } from '../../../inventory/types.js';

export const secureBucket: ConfigOf<'aws.s3.bucket'> = {
  publicAccessBlock: {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  },
  acl: [{ granteeType: 'CanonicalUser', grantee: 'owner-canonical-id', permission: 'FULL_CONTROL' }],
  policy: null,
  encryption: {
    sseAlgorithm: 'aws:kms',
    kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1',
    bucketKeyEnabled: true,
  },
  versioning: 'Enabled',
  mfaDelete: false,
  logging: { targetBucket: 'access-logs', targetPrefix: 'b/' },
  objectLockEnabled: false,
};
