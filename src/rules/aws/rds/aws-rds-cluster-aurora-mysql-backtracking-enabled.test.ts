import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAuroraMysqlCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-aurora-mysql-backtracking-enabled.js';

const base: typeof secureAuroraMysqlCluster = secureAuroraMysqlCluster;
const a = (config: Partial<typeof secureAuroraMysqlCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'carts' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ backtrackWindow: null }),
      messageId: 'off',
      message: 'Aurora MySQL cluster carts has backtracking turned off',
    },
    {
      asset: a({ backtrackWindow: 0 }),
      messageId: 'off',
      message: 'Aurora MySQL cluster carts has backtracking turned off',
    },
  ],
  unknown: [{ asset: a({ backtrackWindow: unknown('not recorded') }), field: 'backtrackWindow' }],
  notApplicable: [a({ engine: 'aurora-postgresql', backtrackWindow: null })],
});
