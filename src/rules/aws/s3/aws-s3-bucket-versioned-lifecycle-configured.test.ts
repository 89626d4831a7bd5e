import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-s3-bucket-versioned-lifecycle-configured.js';

const bucket = (config: Partial<typeof secureBucket>) =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name: 'data' });

runRuleTests(rule, {
  valid: [bucket({})],
  invalid: [
    {
      asset: bucket({ lifecycleRules: [] }),
      messageId: 'none',
      message: 'Bucket data is versioned but has no lifecycle configuration',
    },
    {
      asset: bucket({ lifecycleRules: [{ id: 'x', status: 'Disabled' }] }),
      messageId: 'disabled',
      message: 'Bucket data is versioned and has lifecycle rules, but none is enabled',
    },
  ],
  unknown: [
    { asset: bucket({ versioning: unknown('s3:GetBucketVersioning denied') }), field: 'versioning' },
    {
      name: 'versioned, lifecycle unknown',
      asset: bucket({ lifecycleRules: unknown('s3:GetBucketLifecycleConfiguration denied') }),
      field: 'lifecycleRules',
    },
  ],
  notApplicable: [
    bucket({ versioning: 'Off', lifecycleRules: [] }),
    bucket({ versioning: 'Suspended', lifecycleRules: unknown('denied') }),
  ],
});
