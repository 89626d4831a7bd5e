import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-log-bucket-not-public.js';

const trail = (config: Partial<typeof secureTrail> = {}) =>
  assetOf('aws.cloudtrail.trail', { ...secureTrail, ...config }, { name: 'org-trail' });
const bucket = (config: Partial<typeof secureBucket> = {}, name = 'org-trail-logs') =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name, uid: `arn:aws:s3:::${name}` });
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const noBlock = { publicAccessBlock: null };

runRuleTests(rule, {
  valid: [
    { name: 'private bucket', asset: trail(), related: [bucket()] },
    {
      name: 'public ACL neutralised by the bucket block',
      asset: trail(),
      related: [bucket({ acl: [{ granteeType: 'Group', grantee: ALL_USERS, permission: 'READ' }] })],
    },
  ],
  invalid: [
    {
      name: 'ACL grants AllUsers READ',
      asset: trail(),
      related: [
        bucket({ ...noBlock, acl: [{ granteeType: 'Group', grantee: ALL_USERS, permission: 'READ' }] }),
        bucket({}, 'other-bucket'),
      ],
      messageId: 'acl',
      message: 'Trail org-trail logs to bucket org-trail-logs, whose ACL grants READ to AllUsers (everyone)',
    },
    {
      name: 'policy lets anyone read',
      asset: trail(),
      related: [
        bucket({
          ...noBlock,
          policy: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Open',
                Effect: 'Allow',
                Principal: '*',
                Action: 's3:GetObject',
                Resource: 'arn:aws:s3:::org-trail-logs/*',
              },
            ],
          },
        }),
      ],
      messageId: 'policy',
      message:
        'Trail org-trail logs to bucket org-trail-logs, whose policy allows s3:GetObject to any principal (statement Open)',
    },
  ],
  unknown: [
    {
      name: 'the bucket is not in the inventory',
      asset: trail(),
      related: [bucket({}, 'other-bucket')],
      field: 's3BucketName',
    },
    {
      name: 'the bucket ACL could not be read',
      asset: trail(),
      related: [bucket({ acl: unknown('s3:GetBucketAcl denied') })],
      field: 'bucket org-trail-logs acl',
    },
  ],
  notApplicable: [trail({ s3BucketName: null })],
});
