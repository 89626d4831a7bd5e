import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './gcp-storage-bucket-uniform-access-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf(
    'gcp.storage.bucket',
    { ...secureBucket, ...config },
    { name: 'data', uid: '//storage.googleapis.com/data' },
  );

runRuleTests(rule, {
  valid: [bucket({})],
  invalid: [
    {
      asset: bucket({ uniformBucketLevelAccess: false }),
      messageId: 'off',
      message: 'Bucket data does not use uniform bucket-level access (object ACLs apply)',
    },
  ],
  unknown: [
    {
      asset: bucket({ uniformBucketLevelAccess: unknown('this CAI record is an iam-policy export') }),
      field: 'uniformBucketLevelAccess',
    },
  ],
});
