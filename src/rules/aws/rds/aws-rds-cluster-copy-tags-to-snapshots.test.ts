import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-copy-tags-to-snapshots.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ copyTagsToSnapshot: false }),
      messageId: 'off',
      message: 'DB cluster orders does not copy its tags to its snapshots',
    },
  ],
  unknown: [{ asset: a({ copyTagsToSnapshot: unknown('not recorded') }), field: 'copyTagsToSnapshot' }],
  notApplicable: [a({ ...secureDocdbCluster })],
});
