import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-object-lock-enabled.js';

const bucket = (objectLockEnabled: boolean | ReturnType<typeof unknown>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, objectLockEnabled }, { name: 'records' });

runRuleTests(rule, {
  valid: [bucket(true)],
  invalid: [
    { asset: bucket(false), messageId: 'off', message: 'Bucket records does not have Object Lock enabled' },
  ],
  unknown: [{ asset: bucket(unknown('denied')), field: 'objectLockEnabled' }],
});
