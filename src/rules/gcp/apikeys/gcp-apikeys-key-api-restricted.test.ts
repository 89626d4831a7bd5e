import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureApiKey } from '../testing/fixtures.js';
import { rule } from './gcp-apikeys-key-api-restricted.js';

const key = (config: Partial<typeof secureApiKey>) =>
  assetOf('gcp.apikeys.key', { ...secureApiKey, ...config }, { name: 'maps-web', region: 'global' });

runRuleTests(rule, {
  valid: [key({})],
  invalid: [
    {
      asset: key({ apiTargets: [] }),
      messageId: 'unrestricted',
      message: 'API key maps-web may call every enabled API',
    },
    {
      name: 'cloudapis.googleapis.com',
      asset: key({ apiTargets: ['cloudapis.googleapis.com'] }),
      messageId: 'unrestricted',
    },
  ],
  unknown: [{ asset: key({ apiTargets: unknown('no data') }), field: 'apiTargets' }],
});
