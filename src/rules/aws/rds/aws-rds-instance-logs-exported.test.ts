import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-logs-exported.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [
    a({}),
    a({ engine: 'mysql', enabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'] }),
  ],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: ['postgresql'] }),
      messageId: 'missing',
      message: 'DB instance orders does not publish upgrade to CloudWatch Logs',
    },
    {
      asset: a({ engine: 'sqlserver-se', enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'DB instance orders does not publish error, agent to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: a({ enabledCloudwatchLogsExports: unknown('not recorded') }),
      field: 'enabledCloudwatchLogsExports',
    },
  ],
  notApplicable: [
    a({ engine: 'aurora-postgresql', clusterIdentifier: 'orders-cluster' }),
    a({ engine: 'db2-se' }),
  ],
});
