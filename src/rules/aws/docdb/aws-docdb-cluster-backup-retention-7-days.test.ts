import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-docdb-cluster-backup-retention-7-days.js';

const base: typeof secureDocdbCluster = secureDocdbCluster;
const a = (config: Partial<typeof secureDocdbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'catalog' });

runRuleTests(rule, {
  valid: [a({}), a({ backupRetentionPeriod: 7 })],
  invalid: [
    {
      asset: a({ backupRetentionPeriod: 1 }),
      messageId: 'short',
      message: 'DocumentDB cluster catalog keeps automated backups for only 1 day(s) (at least 7 expected)',
    },
  ],
  unknown: [{ asset: a({ backupRetentionPeriod: unknown('not recorded') }), field: 'backupRetentionPeriod' }],
  notApplicable: [a({ ...secureDbCluster })],
});
