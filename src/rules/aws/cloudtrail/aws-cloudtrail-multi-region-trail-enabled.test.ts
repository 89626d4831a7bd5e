import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount, secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-multi-region-trail-enabled.js';

const account = (config: Partial<typeof secureAccount> = {}) =>
  assetOf(
    'aws.account',
    { ...secureAccount, ...config },
    { name: ACCOUNT_ID, region: 'global', account: ACCOUNT_ID, uid: `arn:aws:iam::${ACCOUNT_ID}:root` },
  );
const trail = (
  name: string,
  config: Partial<typeof secureTrail>,
  account = ACCOUNT_ID,
  region = 'us-east-1',
) =>
  assetOf(
    'aws.cloudtrail.trail',
    { ...secureTrail, ...config },
    { name, account, region, uid: `arn:aws:cloudtrail:${region}:${account}:trail/${name}` },
  );
const STATUS_UNKNOWN = unknown('AWS Config does not record whether a trail is logging');

runRuleTests(rule, {
  valid: [
    {
      name: 'a multi-region trail homed in another region',
      asset: account(),
      related: [trail('main', {}, ACCOUNT_ID, 'eu-central-1')],
    },
    {
      name: 'one good trail is enough, whatever the others',
      asset: account({ trailsListed: unknown('AWS Config shows only recorded regions') }),
      related: [
        trail('regional', { multiRegion: false }),
        trail('status-unknown', { isLogging: STATUS_UNKNOWN }),
        trail('main', {}),
      ],
    },
    {
      name: 'an organization trail the source shows under this account',
      asset: account(),
      related: [trail('org', { organizationTrail: true })],
    },
  ],
  invalid: [
    {
      name: 'no trail at all',
      asset: account(),
      messageId: 'none',
      message: 'Account 111122223333 has no CloudTrail trail',
    },
    {
      name: 'trails that do not qualify',
      asset: account(),
      related: [
        trail('regional', { multiRegion: false }),
        trail('stopped', { isLogging: false }),
        trail('reads', { managementEvents: 'read-only', isLogging: STATUS_UNKNOWN }),
      ],
      messageId: 'noneQualifies',
      message:
        'Account 111122223333 has no multi-region CloudTrail trail logging all management events ' +
        '(regional: single-region; stopped: not logging; reads: management events: read-only)',
    },
    {
      name: "another account's trail does not count",
      asset: account(),
      related: [trail('org', { organizationTrail: true }, '999988887777')],
      messageId: 'none',
    },
  ],
  unknown: [
    {
      name: 'logging status unknown and no other trail proves a pass',
      asset: account(),
      related: [trail('main', { isLogging: STATUS_UNKNOWN }), trail('regional', { multiRegion: false })],
      field: 'isLogging',
    },
    {
      name: 'custom event selectors not recorded',
      asset: account(),
      related: [trail('main', { managementEvents: unknown('the trail has custom event selectors') })],
      field: 'managementEvents',
    },
    {
      name: 'no trail in a source that cannot list every trail (AWS Config)',
      asset: account({
        trailsListed: unknown('an AWS Config file shows only the trails recorded in its regions'),
      }),
      field: 'trailsListed',
    },
    {
      name: 'only failing trails in a source that cannot list every trail',
      asset: account({
        trailsListed: unknown('an AWS Config file shows only the trails recorded in its regions'),
      }),
      related: [trail('regional', { multiRegion: false })],
      field: 'trailsListed',
    },
  ],
});
