import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, secureAccount, secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-trail-enabled.js';

const account = (config: Partial<typeof secureAccount> = {}) =>
  assetOf(
    'aws.account',
    { ...secureAccount, ...config },
    { name: ACCOUNT_ID, region: 'global', account: ACCOUNT_ID, uid: `arn:aws:iam::${ACCOUNT_ID}:root` },
  );
const trail = (name: string, config: Partial<typeof secureTrail>) =>
  assetOf(
    'aws.cloudtrail.trail',
    { ...secureTrail, ...config },
    {
      name,
      account: ACCOUNT_ID,
      region: 'eu-west-1',
      uid: `arn:aws:cloudtrail:eu-west-1:${ACCOUNT_ID}:trail/${name}`,
    },
  );

runRuleTests(rule, {
  valid: [
    {
      name: 'a single-region trail that is logging',
      asset: account(),
      related: [trail('main', { multiRegion: false })],
    },
    {
      name: 'one logging trail is enough even when the listing is incomplete',
      asset: account({ trailsListed: unknown('only some regions were read') }),
      related: [trail('stopped', { isLogging: false }), trail('main', {})],
    },
  ],
  invalid: [
    { asset: account(), messageId: 'none', message: 'Account 111122223333 has no CloudTrail trail' },
    {
      asset: account(),
      related: [trail('old', { isLogging: false })],
      messageId: 'notLogging',
      message: 'Account 111122223333 has no CloudTrail trail that is logging (old)',
    },
  ],
  unknown: [
    {
      name: 'logging status not recorded (AWS Config)',
      asset: account(),
      related: [
        trail('main', { isLogging: unknown('AWS Config does not record whether a trail is logging') }),
      ],
      field: 'isLogging',
    },
    {
      name: 'trails not all listed',
      asset: account({ trailsListed: unknown('not listed') }),
      field: 'trailsListed',
    },
  ],
});
