import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWebApp } from '../testing/fixtures.js';
import { rule } from './azure-web-app-ftps-only.js';

const subject = (config: Partial<typeof secureWebApp>) =>
  assetOf('azure.web.app', { ...secureWebApp, ...config }, { name: 'app-orders' });

runRuleTests(rule, {
  valid: [subject({}), subject({ ftpsState: 'FtpsOnly' })],
  invalid: [{ asset: subject({ ftpsState: 'AllAllowed' }), messageId: 'ftp' }],
  unknown: [{ asset: subject({ ftpsState: unknown('x') }), field: 'ftpsState' }],
});
