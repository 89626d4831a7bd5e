import { unknown } from '../../../model/unknown.js';
import type { S3ObjectEventSelector } from '../../../inventory/aws/trail-selectors.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureBucket } from '../testing/fixtures.js';
import { ACCOUNT_ID, secureAccount, secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-s3-bucket-object-write-events-logged.js';

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
      name: 'a multi-region trail logging writes of every bucket (basic selector `arn:aws:s3`)',
      asset: bucket(),
      related: [account(), trail('main', { s3ObjectEvents: [sel({ events: 'write-only' })] })],
    },
    {
      name: 'a bucket-specific selector; advanced selectors leaving out a service role and another bucket',
      asset: bucket(),
      related: [
        account(),
        trail('main', {
          s3ObjectEvents: [
            sel({
              arnPrefixes: null,
              excludedArns: ['arn:aws:s3:::scratch/'],
              excludedCallers: ['userIdentity.arn NotStartsWith arn:aws:sts::111122223333:assumed-role/etl'],
            }),
          ],
        }),
        trail('per-bucket', { s3ObjectEvents: [sel({ arnPrefixes: ['arn:aws:s3:::data/'] })] }),
      ],
    },
    {
      name: 'a single-region trail homed in the bucket region; trails listed unknown does not matter',
      asset: bucket(),
      related: [
        account({ trailsListed: unknown('AWS Config') }),
        trail('regional', { multiRegion: false, s3ObjectEvents: [sel({})] }, 'eu-west-1'),
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
        'Account 111122223333 has no CloudTrail trail, so object-level write events of bucket data are not logged',
    },
    {
      name: 'trails that log no, some or other events of the bucket',
      asset: bucket(),
      related: [
        account(),
        trail('mgmt', {}),
        trail('reads', { s3ObjectEvents: [sel({ events: 'read-only' })] }),
        trail('other', { s3ObjectEvents: [sel({ arnPrefixes: ['arn:aws:s3:::data-archive/'] })] }),
        trail('prefix', { s3ObjectEvents: [sel({ arnPrefixes: ['arn:aws:s3:::data/uploads/'] })] }),
        trail('puts', {
          s3ObjectEvents: [sel({ name: 'puts', narrowedBy: ['eventName Equals PutObject'] })],
        }),
        trail('excluded', {
          s3ObjectEvents: [sel({ arnPrefixes: null, excludedArns: ['arn:aws:s3:::data/'] })],
        }),
        trail('stopped', { isLogging: false, s3ObjectEvents: [sel({})] }),
        trail('regional', { multiRegion: false, s3ObjectEvents: [sel({})] }),
      ],
      messageId: 'notLogged',
      message:
        'No CloudTrail trail logs the object-level write events of bucket data (' +
        'mgmt: no S3 object write-event selector for this bucket; ' +
        'reads: no S3 object write-event selector for this bucket; ' +
        'other: no S3 object write-event selector for this bucket; ' +
        'prefix: selector 1 logs only part: objects under arn:aws:s3:::data/uploads/; ' +
        'puts: puts logs only part: eventName Equals PutObject; ' +
        'excluded: no S3 object write-event selector for this bucket; ' +
        'stopped: not logging; ' +
        'regional: single-region trail in us-east-1)',
    },
    {
      name: 'a known disqualifying fact wins over an unknown one',
      asset: bucket(),
      related: [account(), trail('main', { isLogging: unknown('AWS Config does not record it') })],
      messageId: 'notLogged',
    },
  ],
  unknown: [
    {
      name: 'selectors not recorded (AWS Config: custom event selectors)',
      asset: bucket(),
      related: [
        account(),
        trail('main', {
          s3ObjectEvents: unknown('the trail has custom event selectors (cloudtrail:GetEventSelectors)'),
        }),
      ],
      field: 's3ObjectEvents',
    },
    {
      name: 'a covering trail whose logging status is unknown',
      asset: bucket(),
      related: [account(), trail('main', { isLogging: unknown('AWS Config'), s3ObjectEvents: [sel({})] })],
      field: 'isLogging',
    },
    {
      name: 'no covering trail in a source that cannot list every trail',
      asset: bucket(),
      related: [
        account({ trailsListed: unknown('an AWS Config file shows only recorded regions') }),
        trail('main', {}),
      ],
      field: 'trailsListed',
    },
    {
      name: 'no account in the inventory (IaC): absence proves nothing',
      asset: bucket(),
      field: 'trailsListed',
    },
  ],
});
