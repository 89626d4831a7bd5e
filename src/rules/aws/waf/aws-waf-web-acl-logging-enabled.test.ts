import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicWebAcl } from '../testing/firewall-fixtures.js';
import { rule } from './aws-waf-web-acl-logging-enabled.js';

const make = (config: Partial<typeof secureClassicWebAcl>) =>
  assetOf('aws.waf.web-acl', { ...secureClassicWebAcl, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ loggingEnabled: false }),
      messageId: 'off',
      message: 'WAF Classic global web ACL legacy does not log the requests it inspects',
    },
  ],
  unknown: [{ asset: make({ loggingEnabled: unknown('not recorded') }), field: 'loggingEnabled' }],
});
