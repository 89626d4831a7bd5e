import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { customOrigin, s3Origin, secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-origin-no-deprecated-tls.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ origins: [{ ...customOrigin, originSslProtocols: ['SSLv3', 'TLSv1.2'] }] }),
      messageId: 'deprecated',
      message: 'CloudFront distribution web allows SSLv3 towards custom origin(s) api',
    },
  ],
  unknown: [{ asset: dist({ origins: unknown('not recorded') }), field: 'origins' }],
  notApplicable: [dist({ origins: [s3Origin] })],
});
