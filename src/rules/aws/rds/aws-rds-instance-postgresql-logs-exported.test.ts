import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbInstance } from '../testing/fixtures.js';
import { rule } from './aws-rds-instance-postgresql-logs-exported.js';

const base: typeof secureDbInstance = secureDbInstance;
const a = (config: Partial<typeof secureDbInstance>) =>
  assetOf('aws.rds.db-instance', { ...base, ...config }, { name: 'orders' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'PostgreSQL DB instance orders does not publish its postgresql log to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: a({ enabledCloudwatchLogsExports: unknown('not recorded') }),
      field: 'enabledCloudwatchLogsExports',
    },
  ],
  notApplicable: [a({ engine: 'mysql' })],
});
