import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-origin-failover-configured.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ originGroupCount: 0 }),
      messageId: 'none',
      message: 'CloudFront distribution web has no origin group for failover',
    },
  ],
  unknown: [{ asset: dist({ originGroupCount: unknown('not recorded') }), field: 'originGroupCount' }],
});
