import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-docdb-cluster-deletion-protection-enabled.js';

const base: typeof secureDocdbCluster = secureDocdbCluster;
const a = (config: Partial<typeof secureDocdbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'catalog' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ deletionProtection: false }),
      messageId: 'off',
      message: 'DocumentDB cluster catalog can be deleted without first turning off deletion protection',
    },
  ],
  unknown: [{ asset: a({ deletionProtection: unknown('not recorded') }), field: 'deletionProtection' }],
  notApplicable: [a({ ...secureDbCluster })],
});
