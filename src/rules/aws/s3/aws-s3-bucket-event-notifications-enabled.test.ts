import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-event-notifications-enabled.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({}), bucket({ eventNotifications: ['queue', 'lambda'] })],
  invalid: [
    {
      asset: bucket({ eventNotifications: [] }),
      messageId: 'none',
      message: 'Bucket data has no event notifications',
    },
  ],
  unknown: [
    {
      asset: bucket({ eventNotifications: unknown('s3:GetBucketNotificationConfiguration denied') }),
      field: 'eventNotifications',
    },
  ],
});
