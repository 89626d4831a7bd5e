import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCryptoKey } from '../testing/fixtures.js';
import { rule } from './gcp-kms-crypto-key-rotation-90-days.js';

const key = (config: Partial<typeof secureCryptoKey>) =>
  assetOf('gcp.kms.crypto-key', { ...secureCryptoKey, ...config }, { name: 'data', region: 'us-east1' });

runRuleTests(rule, {
  valid: [key({}), key({ rotationPeriodSeconds: 30 * 86400 })],
  invalid: [
    {
      name: 'no rotation period',
      asset: key({ rotationPeriodSeconds: null, nextRotationTime: null }),
      messageId: 'noRotation',
      message: 'Cloud KMS key data does not rotate automatically',
    },
    {
      name: 'a year',
      asset: key({ rotationPeriodSeconds: 365 * 86400 }),
      messageId: 'tooLong',
      message: 'Cloud KMS key data rotates every 365 days (at most 90 expected)',
    },
  ],
  unknown: [{ asset: key({ rotationPeriodSeconds: unknown('no data') }), field: 'rotationPeriodSeconds' }],
  notApplicable: [
    { name: 'signing key', asset: key({ purpose: 'ASYMMETRIC_SIGN', rotationPeriodSeconds: null }) },
    { name: 'destroyed primary', asset: key({ primaryState: 'DESTROYED', rotationPeriodSeconds: null }) },
  ],
});
