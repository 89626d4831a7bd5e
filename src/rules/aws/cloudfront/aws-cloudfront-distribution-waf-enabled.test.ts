import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-waf-enabled.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [
    dist({}),
    { name: 'WAF Classic id', asset: dist({ webAclId: '473e64fd-f30b-4765-81a0-62ad96dd167a' }) },
  ],
  invalid: [
    {
      asset: dist({ webAclId: '' }),
      messageId: 'none',
      message: 'CloudFront distribution web has no AWS WAF web ACL',
    },
  ],
  unknown: [{ asset: dist({ webAclId: unknown('not recorded') }), field: 'webAclId' }],
});
