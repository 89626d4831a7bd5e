import { unknown } from '../../../model/unknown.js';
import type { PolicyStatement } from '../../../inventory/aws/policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-ssl-requests-only.js';

const bucket = (statements: PolicyStatement[] | null) =>
  assetOf(
    'aws.s3.bucket',
    {
      ...secureBucket,
      policy: statements === null ? null : { Version: '2012-10-17', Statement: statements },
    },
    { name: 'data', uid: 'arn:aws:s3:::data' },
  );

const denyHttp: PolicyStatement = {
  Sid: 'DenyInsecureTransport',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

runRuleTests(rule, {
  valid: [
    bucket([denyHttp]),
    {
      name: 'boolean false, principal {AWS: *}, Action *',
      asset: bucket([
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: '*',
          Resource: 'arn:aws:s3:::data/*',
          Condition: { Bool: { 'aws:SecureTransport': false } },
        },
      ]),
    },
    {
      name: 'BoolIfExists with a list',
      asset: bucket([{ ...denyHttp, Condition: { BoolIfExists: { 'aws:securetransport': ['false'] } } }]),
    },
  ],
  invalid: [
    {
      name: 'no policy',
      asset: bucket(null),
      messageId: 'noPolicy',
      message: 'Bucket data has no bucket policy, so it accepts requests over plain HTTP',
    },
    {
      name: 'deny only for one principal',
      asset: bucket([{ ...denyHttp, Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } }]),
      messageId: 'noDeny',
      message: 'Bucket data policy does not deny requests where aws:SecureTransport is false',
    },
    { name: 'allow instead of deny', asset: bucket([{ ...denyHttp, Effect: 'Allow' }]), messageId: 'noDeny' },
    {
      name: 'deny covers only the bucket, not its objects',
      asset: bucket([{ ...denyHttp, Resource: 'arn:aws:s3:::data' }]),
      messageId: 'noDeny',
    },
    {
      name: 'deny only PutObject',
      asset: bucket([{ ...denyHttp, Action: 's3:PutObject' }]),
      messageId: 'noDeny',
    },
    {
      name: 'condition on SecureTransport true',
      asset: bucket([{ ...denyHttp, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }]),
      messageId: 'noDeny',
    },
  ],
  unknown: [
    {
      asset: assetOf('aws.s3.bucket', { ...secureBucket, policy: unknown('s3:GetBucketPolicy denied') }),
      field: 'policy',
    },
  ],
});
