import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-log-bucket-access-logging-enabled.js';

const trail = (config: Partial<typeof secureTrail> = {}) =>
  assetOf('aws.cloudtrail.trail', { ...secureTrail, ...config }, { name: 'org-trail' });
const bucket = (config: Partial<typeof secureBucket> = {}, name = 'org-trail-logs') =>
  assetOf('aws.s3.bucket', { ...secureBucket, ...config }, { name, uid: `arn:aws:s3:::${name}` });

runRuleTests(rule, {
  valid: [{ asset: trail(), related: [bucket()] }],
  invalid: [
    {
      asset: trail(),
      related: [bucket({ logging: null })],
      messageId: 'off',
      message: 'Trail org-trail logs to bucket org-trail-logs, which has server access logging turned off',
    },
  ],
  unknown: [
    { name: 'bucket not listed', asset: trail(), related: [], field: 's3BucketName' },
    {
      asset: trail(),
      related: [bucket({ logging: unknown('denied') })],
      field: 'bucket org-trail-logs logging',
    },
    { asset: trail({ s3BucketName: unknown('not recorded') }), related: [bucket()], field: 's3BucketName' },
  ],
  notApplicable: [trail({ s3BucketName: null })],
});
