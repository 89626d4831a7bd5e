import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-lifecycle-configured.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [
    bucket({}),
    bucket({
      lifecycleRules: [
        { id: 'old', status: 'Disabled' },
        { id: null, status: 'Enabled' },
      ],
    }),
  ],
  invalid: [
    {
      asset: bucket({ lifecycleRules: [] }),
      messageId: 'none',
      message: 'Bucket data has no lifecycle configuration',
    },
    {
      asset: bucket({ lifecycleRules: [{ id: 'old', status: 'Disabled' }] }),
      messageId: 'disabled',
      message: 'Bucket data has lifecycle rules, but none is enabled',
    },
  ],
  unknown: [
    {
      asset: bucket({ lifecycleRules: unknown('s3:GetBucketLifecycleConfiguration denied') }),
      field: 'lifecycleRules',
    },
  ],
});
