import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-logging-enabled.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ logging: { enabled: false, bucket: null } }),
      messageId: 'off',
      message: 'CloudFront distribution web does not log requests',
    },
  ],
  unknown: [{ asset: dist({ logging: unknown('not recorded') }), field: 'logging' }],
});
