import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWebApp } from '../testing/fixtures.js';
import { rule } from './azure-web-app-min-tls-1-2.js';

const subject = (config: Partial<typeof secureWebApp>) =>
  assetOf('azure.web.app', { ...secureWebApp, ...config }, { name: 'app-orders' });

runRuleTests(rule, {
  valid: [subject({}), subject({ minTlsVersion: '1.3' })],
  invalid: [
    { asset: subject({ minTlsVersion: '1.0' }), messageId: 'old' },
    { asset: subject({ minTlsVersion: null }), messageId: 'old' },
  ],
  unknown: [{ asset: subject({ minTlsVersion: unknown('siteConfig read denied') }), field: 'minTlsVersion' }],
});
