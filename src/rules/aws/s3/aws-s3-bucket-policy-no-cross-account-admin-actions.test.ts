import { unknown } from '../../../model/unknown.js';
import type { PolicyDocument } from '../../../inventory/aws/policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-policy-no-cross-account-admin-actions.js';

const bucket = (policy: PolicyDocument | null | ReturnType<typeof unknown>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, policy }, { name: 'shared' });
const doc = (stmt: PolicyDocument['Statement'][number]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [stmt],
});
const OTHER = 'arn:aws:iam::444455556666:root';

runRuleTests(rule, {
  valid: [
    bucket(null),
    bucket(
      doc({
        Effect: 'Allow',
        Principal: { AWS: OTHER },
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: '*',
      }),
    ),
    bucket(
      doc({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:role/admin' },
        Action: 's3:*',
        Resource: '*',
      }),
    ),
    bucket(doc({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' })),
  ],
  invalid: [
    {
      name: 'another account may replace the policy',
      asset: bucket(
        doc({
          Sid: 'Partner',
          Effect: 'Allow',
          Principal: { AWS: OTHER },
          Action: 's3:PutBucketPolicy',
          Resource: '*',
        }),
      ),
      messageId: 'granted',
      message: `Bucket shared policy lets ${OTHER} perform s3:PutBucketPolicy (statement Partner)`,
    },
    {
      name: 's3:* to another account by id',
      asset: bucket(
        doc({ Effect: 'Allow', Principal: { AWS: ['444455556666'] }, Action: 's3:*', Resource: '*' }),
      ),
      messageId: 'granted',
      message:
        'Bucket shared policy lets 444455556666 perform s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl (statement #1)',
    },
    {
      name: 'NotAction leaves the restricted actions allowed, to anyone',
      asset: bucket(doc({ Effect: 'Allow', Principal: '*', NotAction: 's3:GetObject', Resource: '*' })),
      messageId: 'granted',
    },
  ],
  unknown: [{ asset: bucket(unknown('s3:GetBucketPolicy denied')), field: 'policy' }],
});
