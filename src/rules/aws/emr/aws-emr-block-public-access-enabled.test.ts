import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEmrBlockPublicAccess } from '../testing/analytics-fixtures.js';
import { rule } from './aws-emr-block-public-access-enabled.js';

const settings = (config: Partial<typeof secureEmrBlockPublicAccess>) =>
  assetOf(
    'aws.emr.block-public-access',
    { ...secureEmrBlockPublicAccess, ...config },
    { name: 'EMR block public access us-east-1' },
  );

runRuleTests(rule, {
  valid: [settings({}), settings({ permittedPortRanges: [] })],
  invalid: [
    {
      asset: settings({ blockPublicSecurityGroupRules: false }),
      messageId: 'off',
      message: 'EMR block public access is off in us-east-1',
    },
    {
      asset: settings({
        permittedPortRanges: [
          { from: 22, to: 22 },
          { from: 8080, to: 8090 },
        ],
      }),
      messageId: 'ports',
      message: 'EMR block public access in us-east-1 exempts ports 8080-8090, beyond SSH',
    },
  ],
  unknown: [
    {
      asset: settings({ blockPublicSecurityGroupRules: unknown('not recorded') }),
      field: 'blockPublicSecurityGroupRules',
    },
    { asset: settings({ permittedPortRanges: unknown('not recorded') }), field: 'permittedPortRanges' },
  ],
});
