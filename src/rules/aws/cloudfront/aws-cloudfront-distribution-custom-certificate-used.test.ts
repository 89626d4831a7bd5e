import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-custom-certificate-used.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

const defaultCert = {
  cloudFrontDefaultCertificate: true,
  sslSupportMethod: null,
  minimumProtocolVersion: 'TLSv1',
  acmCertificateArn: null,
  iamCertificateId: null,
};

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ viewerCertificate: defaultCert }),
      messageId: 'default',
      message: 'CloudFront distribution web uses the default CloudFront certificate',
    },
  ],
  unknown: [{ asset: dist({ viewerCertificate: unknown('not recorded') }), field: 'viewerCertificate' }],
});
