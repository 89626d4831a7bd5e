import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureClusterSnapshot } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-snapshot-not-public.js';

const base: typeof secureClusterSnapshot = { ...secureClusterSnapshot, engine: 'neptune' };
const a = (config: Partial<typeof secureClusterSnapshot>) =>
  assetOf('aws.rds.db-cluster-snapshot', { ...base, ...config }, { name: 'nightly' });

runRuleTests(rule, {
  valid: [a({}), a({ restoreAttributeValues: ['444455556666'] })],
  invalid: [
    {
      asset: a({ restoreAttributeValues: ['all'] }),
      messageId: 'public',
      message:
        'Neptune cluster snapshot nightly can be restored by any AWS account (restore attribute includes "all")',
    },
  ],
  unknown: [
    { asset: a({ restoreAttributeValues: unknown('not recorded') }), field: 'restoreAttributeValues' },
  ],
  notApplicable: [a({ engine: 'aurora-postgresql' })],
});
