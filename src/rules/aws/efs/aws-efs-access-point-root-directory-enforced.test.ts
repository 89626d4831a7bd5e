import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureEfsAccessPoint } from '../testing/app-fixtures.js';
import { rule } from './aws-efs-access-point-root-directory-enforced.js';

const ap = (config: Partial<typeof secureEfsAccessPoint>) =>
  assetOf('aws.efs.access-point', { ...secureEfsAccessPoint, ...config }, { name: 'app' });

runRuleTests(rule, {
  valid: [ap({})],
  invalid: [
    {
      asset: ap({ rootDirectoryPath: '/' }),
      messageId: 'whole',
      message: 'EFS access point app exposes the whole file system (root directory /)',
    },
    {
      asset: ap({ rootDirectoryPath: null }),
      messageId: 'whole',
      message: 'EFS access point app exposes the whole file system (root directory /)',
    },
  ],
  unknown: [{ asset: ap({ rootDirectoryPath: unknown('not recorded') }), field: 'rootDirectoryPath' }],
});
