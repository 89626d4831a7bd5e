import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-acls-not-used.js';

type Acl = (typeof secureBucket)['acl'];
const bucket = (acl: Acl | ReturnType<typeof unknown>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, acl }, { name: 'data' });
const OWNER = { granteeType: 'CanonicalUser', grantee: 'owner-canonical-id', permission: 'FULL_CONTROL' };

runRuleTests(rule, {
  valid: [bucket([OWNER]), bucket([])],
  invalid: [
    {
      name: 'log delivery group',
      asset: bucket([
        OWNER,
        {
          granteeType: 'Group',
          grantee: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
          permission: 'WRITE',
        },
      ]),
      messageId: 'grants',
      message: 'Bucket data ACL grants WRITE to Group http://acs.amazonaws.com/groups/s3/LogDelivery',
    },
    {
      name: 'another account',
      asset: bucket([OWNER, { granteeType: 'CanonicalUser', grantee: 'partner-id', permission: 'READ' }]),
      messageId: 'grants',
    },
    {
      name: 'two full-control canonical users',
      asset: bucket([OWNER, { ...OWNER, grantee: 'partner-id' }]),
      messageId: 'grants',
    },
  ],
  unknown: [{ asset: bucket(unknown('denied')), field: 'acl' }],
});
