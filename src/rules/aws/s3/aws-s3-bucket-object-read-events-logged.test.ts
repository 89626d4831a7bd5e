import { unknown } from '../../../model/unknown.js';
import type { S3ObjectEventSelector } from '../../../inventory/aws/trail-selectors.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { ACCOUNT_ID, secureAccount, secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-s3-bucket-object-read-events-logged.js';

const account = (config: Partial<typeof secureAccount> = {}) =>
  assetOf(
    'aws.account',
    { ...secureAccount, ...config },
    { name: ACCOUNT_ID, region: 'global', account: ACCOUNT_ID, uid: `arn:aws:iam::${ACCOUNT_ID}:root` },
  );
const bucket = (name = 'data', region = 'eu-west-1') =>
  assetOf('aws.s3.bucket', secureBucket, {
    name,
    region,
    account: ACCOUNT_ID,
    uid: `arn:aws:s3:::${name}`,
  });
const trail = (name: string, config: Partial<typeof secureTrail>, region = 'us-east-1') =>
  assetOf(
    'aws.cloudtrail.trail',
    { ...secureTrail, ...config },
    { name, account: ACCOUNT_ID, region, uid: `arn:aws:cloudtrail:${region}:${ACCOUNT_ID}:trail/${name}` },
  );
const sel = (o: Partial<S3ObjectEventSelector>): S3ObjectEventSelector => ({
  name: 'selector 1',
  events: 'all',
  arnPrefixes: ['arn:aws:s3'],
  excludedArns: [],
  narrowedBy: [],
  excludedCallers: [],
  ...o,
});

runRuleTests(rule, {
  valid: [
    {
      name: 'an advanced selector without readOnly logs reads and writes of every bucket',
      asset: bucket(),
      related: [account(), trail('main', { s3ObjectEvents: [sel({ arnPrefixes: null })] })],
    },
    {
      name: 'a read-only selector for this bucket',
      asset: bucket(),
      related: [
        account(),
        trail('main', {
          s3ObjectEvents: [sel({ events: 'read-only', arnPrefixes: ['arn:aws:s3:::data/'] })],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no trail at all',
      asset: bucket(),
      related: [account()],
      messageId: 'none',
      message:
        'Account 111122223333 has no CloudTrail trail, so object-level read events of bucket data are not logged',
    },
    {
      name: 'a trail logging writes only, another reads of another bucket',
      asset: bucket(),
      related: [
        account(),
        trail('writes', { s3ObjectEvents: [sel({ events: 'write-only' })] }),
        trail('other', { s3ObjectEvents: [sel({ arnPrefixes: ['arn:aws:s3:::logs/'] })] }),
      ],
      messageId: 'notLogged',
      message:
        'No CloudTrail trail logs the object-level read events of bucket data (' +
        'writes: no S3 object read-event selector for this bucket; ' +
        'other: no S3 object read-event selector for this bucket)',
    },
  ],
  unknown: [
    {
      name: 'selectors not recorded (AWS Config: custom event selectors)',
      asset: bucket(),
      related: [account(), trail('main', { s3ObjectEvents: unknown('cloudtrail:GetEventSelectors') })],
      field: 's3ObjectEvents',
    },
    {
      name: 'no covering trail in a source that cannot list every trail',
      asset: bucket(),
      related: [account({ trailsListed: unknown('AWS Config') })],
      field: 'trailsListed',
    },
  ],
});
