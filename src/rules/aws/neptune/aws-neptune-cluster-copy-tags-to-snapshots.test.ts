import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-copy-tags-to-snapshots.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ copyTagsToSnapshot: false }),
      messageId: 'off',
      message: 'Neptune cluster graph does not copy its tags to its snapshots',
    },
  ],
  unknown: [{ asset: a({ copyTagsToSnapshot: unknown('not recorded') }), field: 'copyTagsToSnapshot' }],
  notApplicable: [a({ ...secureDbCluster })],
});
