import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAthenaWorkGroup } from '../testing/app-fixtures.js';
import { rule } from './aws-athena-workgroup-query-results-encrypted.js';

const wg = (config: Partial<typeof secureAthenaWorkGroup>) =>
  assetOf('aws.athena.workgroup', { ...secureAthenaWorkGroup, ...config }, { name: 'analytics' });

runRuleTests(rule, {
  valid: [wg({})],
  invalid: [
    {
      asset: wg({ resultEncryption: null }),
      messageId: 'off',
      message: 'Athena workgroup analytics does not encrypt query results',
    },
  ],
  unknown: [{ asset: wg({ resultEncryption: unknown('not recorded') }), field: 'resultEncryption' }],
});
