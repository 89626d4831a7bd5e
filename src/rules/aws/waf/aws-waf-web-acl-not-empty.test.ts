import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClassicWebAcl } from '../testing/firewall-fixtures.js';
import { rule } from './aws-waf-web-acl-not-empty.js';

const make = (config: Partial<typeof secureClassicWebAcl>) =>
  assetOf('aws.waf.web-acl', { ...secureClassicWebAcl, ...config }, { name: 'legacy' });

runRuleTests(rule, {
  valid: [make({})],
  invalid: [
    {
      asset: make({ ruleCount: 0 }),
      messageId: 'empty',
      message:
        'WAF Classic global web ACL legacy has no rules or rule groups, so every request gets its default action',
    },
  ],
  unknown: [{ asset: make({ ruleCount: unknown('not recorded') }), field: 'ruleCount' }],
});
