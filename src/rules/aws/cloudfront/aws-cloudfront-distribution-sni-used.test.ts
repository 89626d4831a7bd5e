import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-sni-used.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

const cert = secureDistribution.viewerCertificate as Exclude<
  typeof secureDistribution.viewerCertificate,
  { $unknown: string }
>;

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ viewerCertificate: { ...cert, sslSupportMethod: 'vip' } }),
      messageId: 'notSni',
      message: 'CloudFront distribution web serves its custom certificate with vip instead of SNI',
    },
  ],
  unknown: [{ asset: dist({ viewerCertificate: unknown('not recorded') }), field: 'viewerCertificate' }],
  notApplicable: [
    dist({
      viewerCertificate: {
        ...cert,
        cloudFrontDefaultCertificate: true,
        sslSupportMethod: null,
        acmCertificateArn: null,
      },
    }),
  ],
});
