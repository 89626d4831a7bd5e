import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { customOrigin, s3Origin, secureDistribution } from '../testing/edge-fixtures.js';
import { rule } from './aws-cloudfront-distribution-s3-origin-access-control-used.js';

const dist = (c: Partial<typeof secureDistribution>) =>
  assetOf('aws.cloudfront.distribution', { ...secureDistribution, ...c }, { name: 'web' });

runRuleTests(rule, {
  valid: [dist({})],
  invalid: [
    {
      asset: dist({ origins: [{ ...s3Origin, originAccessControlId: null }] }),
      messageId: 'noOac',
      message: 'CloudFront distribution web reaches S3 origin(s) assets without origin access control',
    },
    {
      name: 'legacy origin access identity',
      asset: dist({
        origins: [
          {
            ...s3Origin,
            originAccessControlId: null,
            originAccessIdentity: 'origin-access-identity/cloudfront/E1',
          },
        ],
      }),
      messageId: 'noOac',
    },
  ],
  unknown: [{ asset: dist({ origins: unknown('not recorded') }), field: 'origins' }],
  notApplicable: [dist({ origins: [customOrigin] })],
});
