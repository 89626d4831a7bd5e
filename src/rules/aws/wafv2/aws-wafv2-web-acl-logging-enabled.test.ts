import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWebAcl } from '../testing/firewall-fixtures.js';
import { rule } from './aws-wafv2-web-acl-logging-enabled.js';

const acl = (config: Partial<typeof secureWebAcl>) =>
  assetOf('aws.wafv2.web-acl', { ...secureWebAcl, ...config }, { name: 'shop' });

runRuleTests(rule, {
  valid: [acl({})],
  invalid: [
    {
      asset: acl({ loggingEnabled: false }),
      messageId: 'off',
      message: 'WAFv2 web ACL shop does not log the requests it inspects',
    },
  ],
  unknown: [{ asset: acl({ loggingEnabled: unknown('not recorded') }), field: 'loggingEnabled' }],
});
