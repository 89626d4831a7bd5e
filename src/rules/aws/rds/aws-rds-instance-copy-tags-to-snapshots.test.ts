import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-copy-tags-to-snapshots.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ copyTagsToSnapshot: false }),
      messageId: 'off',
      message: 'DB instance orders does not copy its tags to its snapshots',
    },
  ],
  unknown: [{ asset: a({ copyTagsToSnapshot: unknown('not recorded') }), field: 'copyTagsToSnapshot' }],
  notApplicable: [a({ clusterIdentifier: 'orders-cluster' })],
});
