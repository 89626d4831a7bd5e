import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { customOrigin, secureDistribution } from '../testing/edge-fixtures.js';
import { secureBucket } from '../testing/fixtures.js';
import { rule } from './aws-cloudfront-distribution-s3-origin-exists.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web', region: 'global' });
const bucket = (name: string) =>
  assetOf('aws.s3.bucket', secureBucket, { name, uid: `arn:aws:s3:::${name}`, region: 'eu-west-1' });

runRuleTests(rule, {
  valid: [{ asset: dist({}), related: [bucket('assets-bucket')] }],
  invalid: [
    {
      asset: dist({}),
      related: [bucket('other-bucket')],
      messageId: 'missing',
      message:
        'CloudFront distribution web points to S3 bucket(s) assets-bucket, which do not exist in account 111122223333',
    },
    {
      name: 'buckets recorded, none left',
      asset: dist({}),
      complete: ['aws.s3.bucket'],
      messageId: 'missing',
    },
  ],
  unknown: [
    { name: 'the account buckets are not listed', asset: dist({}), field: 'S3 buckets' },
    { asset: dist({ origins: unknown('not recorded') }), field: 'origins' },
  ],
  notApplicable: [dist({ origins: [customOrigin] })],
});
