import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './gcp-storage-bucket-public-access-prevention-enforced.js';

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
      name: 'inherited from the organisation',
      asset: bucket({ publicAccessPrevention: 'inherited' }),
      messageId: 'notEnforced',
      message: 'Bucket data does not enforce public access prevention (setting: inherited)',
    },
    {
      name: 'unspecified (older buckets)',
      asset: bucket({ publicAccessPrevention: 'unspecified' }),
      messageId: 'notEnforced',
    },
  ],
  unknown: [
    {
      asset: bucket({
        publicAccessPrevention: unknown('the bucket record has no iamConfiguration.publicAccessPrevention'),
      }),
      field: 'publicAccessPrevention',
    },
  ],
});
