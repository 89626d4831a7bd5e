import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-not-public.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data', uid: 'arn:aws:s3:::data' });

const noBpa = { publicAccessBlock: null };
const allUsersRead = [
  { granteeType: 'CanonicalUser', grantee: 'owner', permission: 'FULL_CONTROL' },
  { granteeType: 'Group', grantee: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' },
];
const publicPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'PublicRead',
      Effect: 'Allow' as const,
      Principal: '*' as const,
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::data/*',
    },
  ],
};

runRuleTests(rule, {
  valid: [
    bucket({}),
    {
      name: 'only the owner and log delivery in the ACL',
      asset: bucket({
        ...noBpa,
        acl: [
          { granteeType: 'CanonicalUser', grantee: 'owner', permission: 'FULL_CONTROL' },
          {
            granteeType: 'Group',
            grantee: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
            permission: 'WRITE',
          },
        ],
      }),
    },
    {
      name: 'public principal narrowed to one source account',
      asset: bucket({
        ...noBpa,
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: 'arn:aws:s3:::data/*',
            },
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObject',
              Resource: 'arn:aws:s3:::data/*',
              Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
            },
          ],
        },
      }),
    },
    { name: 'public ACL neutralised by IgnorePublicAcls', asset: bucket({ acl: allUsersRead }) },
    { name: 'public policy neutralised by RestrictPublicBuckets', asset: bucket({ policy: publicPolicy }) },
  ],
  invalid: [
    {
      name: 'AllUsers READ grant',
      asset: bucket({ ...noBpa, acl: allUsersRead }),
      messageId: 'acl',
      message: 'Bucket data ACL grants READ to AllUsers (everyone)',
    },
    {
      name: 'AuthenticatedUsers WRITE grant',
      asset: bucket({
        ...noBpa,
        acl: [
          {
            granteeType: 'Group',
            grantee: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
            permission: 'WRITE',
          },
        ],
      }),
      messageId: 'acl',
      message: 'Bucket data ACL grants WRITE to AuthenticatedUsers (any AWS account)',
    },
    {
      name: 'policy allows GetObject to *',
      asset: bucket({ ...noBpa, policy: publicPolicy }),
      messageId: 'policy',
      message: 'Bucket data policy allows s3:GetObject to any principal (statement PublicRead)',
    },
    {
      name: 'policy with {"AWS": "*"} and a SourceIp of 0.0.0.0/0 is still public',
      asset: bucket({
        ...noBpa,
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: ['s3:GetObject', 's3:ListBucket'],
              Resource: '*',
              Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } },
            },
          ],
        },
      }),
      messageId: 'policy',
      message: 'Bucket data policy allows s3:GetObject, s3:ListBucket to any principal (statement #1)',
    },
  ],
  unknown: [
    { asset: bucket({ acl: unknown('s3:GetBucketAcl denied') }), field: 'acl' },
    { asset: bucket({ policy: unknown('s3:GetBucketPolicy denied') }), field: 'policy' },
    {
      name: 'public grant whose effect depends on an unknown public access block',
      asset: bucket({ acl: allUsersRead, publicAccessBlock: unknown('not recorded') }),
      field: 'publicAccessBlock',
    },
  ],
});
