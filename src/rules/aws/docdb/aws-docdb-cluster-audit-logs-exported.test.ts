import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureDocdbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-docdb-cluster-audit-logs-exported.js';

const base: typeof secureDocdbCluster = secureDocdbCluster;
const a = (config: Partial<typeof secureDocdbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'catalog' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'DocumentDB cluster catalog does not publish its audit log to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: a({ enabledCloudwatchLogsExports: unknown('not recorded') }),
      field: 'enabledCloudwatchLogsExports',
    },
  ],
  notApplicable: [a({ ...secureDbCluster })],
});
