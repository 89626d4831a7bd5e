import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-viewer-https-required.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({}), dist({ viewerProtocolPolicies: [{ pathPattern: null, policy: 'https-only' }] })],
  invalid: [
    {
      asset: dist({
        viewerProtocolPolicies: [
          { pathPattern: null, policy: 'redirect-to-https' },
          { pathPattern: '/img/*', policy: 'allow-all' },
        ],
      }),
      messageId: 'http',
      message: 'CloudFront distribution web serves plain HTTP in cache behaviour(s) /img/*',
    },
    {
      asset: dist({ viewerProtocolPolicies: [{ pathPattern: null, policy: 'allow-all' }] }),
      messageId: 'http',
      message: 'CloudFront distribution web serves plain HTTP in cache behaviour(s) (default)',
    },
  ],
  unknown: [
    { asset: dist({ viewerProtocolPolicies: unknown('not recorded') }), field: 'viewerProtocolPolicies' },
  ],
});
