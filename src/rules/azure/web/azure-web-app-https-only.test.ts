import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWebApp } from '../testing/fixtures.js';
import { rule } from './azure-web-app-https-only.js';

const subject = (config: Partial<typeof secureWebApp>) =>
  assetOf('azure.web.app', { ...secureWebApp, ...config }, { name: 'app-orders' });

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ httpsOnly: false }), messageId: 'off' },
    { asset: subject({ httpsOnly: null }), messageId: 'off' },
  ],
  unknown: [{ asset: subject({ httpsOnly: unknown('x') }), field: 'httpsOnly' }],
});
