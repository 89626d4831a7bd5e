import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiKey } from '../testing/fixtures.js';
import { rule } from './gcp-apikeys-key-rotated-90-days.js';

const key = (config: Partial<typeof secureApiKey>) =>
  assetOf('gcp.apikeys.key', { ...secureApiKey, ...config }, { name: 'maps-web', region: 'global' });

runRuleTests(rule, {
  now: new Date('2026-06-01T00:00:00Z'),
  valid: [key({}), key({ createTime: '2026-03-04T00:00:00Z' })],
  invalid: [
    {
      asset: key({ createTime: '2025-06-01T00:00:00Z' }),
      messageId: 'old',
      message: 'API key maps-web is 365 days old (at most 90 expected)',
    },
  ],
  unknown: [
    { asset: key({ createTime: unknown('no data') }), field: 'createTime' },
    { name: 'not a time', asset: key({ createTime: 'yesterday' }), field: 'createTime' },
  ],
});
