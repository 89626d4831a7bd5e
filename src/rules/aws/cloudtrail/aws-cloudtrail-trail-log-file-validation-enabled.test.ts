import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureTrail } from '../testing/identity-fixtures.js';
import { rule } from './aws-cloudtrail-trail-log-file-validation-enabled.js';

const trail = (config: Partial<typeof secureTrail>) =>
  assetOf('aws.cloudtrail.trail', { ...secureTrail, ...config }, { name: 'main' });

runRuleTests(rule, {
  valid: [trail({})],
  invalid: [
    {
      asset: trail({ logFileValidation: false }),
      messageId: 'off',
      message: 'Trail main has log file validation turned off',
    },
  ],
  unknown: [
    { asset: trail({ logFileValidation: unknown('not in the record') }), field: 'logFileValidation' },
  ],
});
