import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-aurora-postgresql-logs-exported.js';

const base: typeof secureDbCluster = secureDbCluster;
const a = (config: Partial<typeof secureDbCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'Aurora PostgreSQL cluster orders does not publish its postgresql log to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: a({ enabledCloudwatchLogsExports: unknown('not recorded') }),
      field: 'enabledCloudwatchLogsExports',
    },
  ],
  notApplicable: [a({ engine: 'aurora-mysql' })],
});
