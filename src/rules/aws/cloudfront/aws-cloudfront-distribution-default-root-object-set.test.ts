import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-default-root-object-set.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ defaultRootObject: '' }),
      messageId: 'none',
      message: 'CloudFront distribution web has no default root object',
    },
    { name: 'blank', asset: dist({ defaultRootObject: '  ' }), messageId: 'none' },
  ],
  unknown: [{ asset: dist({ defaultRootObject: unknown('not recorded') }), field: 'defaultRootObject' }],
});
