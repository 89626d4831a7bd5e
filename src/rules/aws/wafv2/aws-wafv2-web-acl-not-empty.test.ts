import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureWebAcl } from '../testing/firewall-fixtures.js';
import { rule } from './aws-wafv2-web-acl-not-empty.js';

const acl = (config: Partial<typeof secureWebAcl>) =>
  assetOf('aws.wafv2.web-acl', { ...secureWebAcl, ...config }, { name: 'shop' });

runRuleTests(rule, {
  valid: [acl({}), acl({ rules: [], firewallManagerRuleGroupCount: 1 })],
  invalid: [
    {
      asset: acl({ rules: [] }),
      messageId: 'empty',
      message: 'WAFv2 web ACL shop has no rules or rule groups, so every request gets its default action',
    },
  ],
  unknown: [{ asset: acl({ rules: unknown('not recorded') }), field: 'rules' }],
});
