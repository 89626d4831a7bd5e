import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEfsAccessPoint } from '../testing/app-fixtures.js';
import { rule } from './aws-efs-access-point-user-identity-enforced.js';

const ap = (config: Partial<typeof secureEfsAccessPoint>) =>
  assetOf('aws.efs.access-point', { ...secureEfsAccessPoint, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [ap({})],
  invalid: [
    {
      asset: ap({ posixUser: null }),
      messageId: 'none',
      message: 'EFS access point app lets clients choose their own user identity',
    },
  ],
  unknown: [{ asset: ap({ posixUser: unknown('not recorded') }), field: 'posixUser' }],
});
