import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAuroraMysqlCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-rds-cluster-aurora-mysql-audit-logs-exported.js';

const base: typeof secureAuroraMysqlCluster = secureAuroraMysqlCluster;
const a = (config: Partial<typeof secureAuroraMysqlCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'carts' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'Aurora MySQL cluster carts does not publish its audit log to CloudWatch Logs',
    },
  ],
  unknown: [
    {
      asset: a({ enabledCloudwatchLogsExports: unknown('not recorded') }),
      field: 'enabledCloudwatchLogsExports',
    },
  ],
  notApplicable: [a({ engine: 'aurora-postgresql' })],
});
