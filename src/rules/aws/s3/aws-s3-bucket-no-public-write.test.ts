import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-no-public-write.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'uploads', uid: 'arn:aws:s3:::uploads' });
const policy = (stmt: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Public',
      Effect: 'Allow' as const,
      Principal: '*' as const,
      Resource: 'arn:aws:s3:::uploads/*',
      ...stmt,
    },
  ],
});
const noBlock = { publicAccessBlock: null };

runRuleTests(rule, {
  valid: [
    bucket({}),
    {
      name: 'public read only',
      asset: bucket({
        ...noBlock,
        policy: policy({ Action: 's3:GetObject' }),
        acl: [{ granteeType: 'Group', grantee: ALL_USERS, permission: 'READ' }],
      }),
    },
    {
      name: 'write restricted to a VPC endpoint',
      asset: bucket({
        ...noBlock,
        policy: policy({
          Action: 's3:*',
          Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc1234' } },
        }),
      }),
    },
    {
      name: 'neutralised by the bucket public access block',
      asset: bucket({
        policy: policy({ Action: 's3:PutObject' }),
        publicAccessBlock: {
          blockPublicAcls: true,
          ignorePublicAcls: true,
          blockPublicPolicy: true,
          restrictPublicBuckets: true,
        },
      }),
    },
  ],
  invalid: [
    {
      asset: bucket({ ...noBlock, acl: [{ granteeType: 'Group', grantee: ALL_USERS, permission: 'WRITE' }] }),
      messageId: 'acl',
      message: 'Bucket uploads ACL grants WRITE to AllUsers (everyone)',
    },
    {
      name: 's3:* to everyone',
      asset: bucket({ ...noBlock, policy: policy({ Action: 's3:*' }) }),
      messageId: 'policy',
      message:
        'Bucket uploads policy lets any principal s3:PutObject, s3:DeleteObject, s3:PutObjectAcl, s3:PutBucketPolicy, s3:PutBucketAcl, s3:DeleteBucket, s3:PutLifecycleConfiguration (statement Public)',
    },
    {
      name: 'NotAction grants everything else',
      asset: bucket({ ...noBlock, policy: policy({ NotAction: ['s3:Get*', 's3:List*', 's3:Delete*'] }) }),
      messageId: 'policy',
      message:
        'Bucket uploads policy lets any principal s3:PutObject, s3:PutObjectAcl, s3:PutBucketPolicy, s3:PutBucketAcl, s3:PutLifecycleConfiguration (statement Public)',
    },
    {
      name: 'an internet-wide SourceIp does not narrow',
      asset: bucket({
        ...noBlock,
        policy: policy({ Action: 's3:PutObject', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }),
      }),
      messageId: 'policy',
    },
  ],
  unknown: [
    { asset: bucket({ policy: unknown('s3:GetBucketPolicy was denied') }), field: 'policy' },
    { asset: bucket({ acl: unknown('s3:GetBucketAcl was denied') }), field: 'acl' },
    {
      name: 'a public grant, and the public access block unknown',
      asset: bucket({ policy: policy({ Action: 's3:PutObject' }), publicAccessBlock: unknown('denied') }),
      field: 'publicAccessBlock',
    },
  ],
});
