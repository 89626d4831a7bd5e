import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-trail-kms-encrypted.js';

const trail = (config: Partial<typeof secureTrail>) =>
  assetOf('aws.cloudtrail.trail', { ...secureTrail, ...config }, { name: 'main' });

runRuleTests(rule, {
  valid: [trail({})],
  invalid: [
    {
      asset: trail({ kmsKeyId: null }),
      messageId: 'noKms',
      message: 'Trail main log files are not encrypted with a KMS key (SSE-KMS)',
    },
  ],
  unknown: [{ asset: trail({ kmsKeyId: unknown('cloudtrail:DescribeTrails denied') }), field: 'kmsKeyId' }],
});
