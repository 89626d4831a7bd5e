import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { customOrigin, s3Origin, secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-origin-https-required.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [
    dist({}),
    {
      name: 'match-viewer with HTTPS-only viewers',
      asset: dist({ origins: [{ ...customOrigin, originProtocolPolicy: 'match-viewer' }] }),
    },
  ],
  invalid: [
    {
      asset: dist({ origins: [s3Origin, { ...customOrigin, originProtocolPolicy: 'http-only' }] }),
      messageId: 'http',
      message: 'CloudFront distribution web reaches custom origin(s) api over plain HTTP',
    },
    {
      name: 'match-viewer while viewers may use HTTP',
      asset: dist({
        origins: [{ ...customOrigin, originProtocolPolicy: 'match-viewer' }],
        viewerProtocolPolicies: [{ pathPattern: null, policy: 'allow-all' }],
      }),
      messageId: 'http',
    },
  ],
  unknown: [
    { asset: dist({ origins: unknown('not recorded') }), field: 'origins' },
    {
      asset: dist({
        origins: [{ ...customOrigin, originProtocolPolicy: 'match-viewer' }],
        viewerProtocolPolicies: unknown('not recorded'),
      }),
      field: 'viewerProtocolPolicies',
    },
  ],
  notApplicable: [dist({ origins: [s3Origin] })],
});
