import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDbCluster, secureNeptuneCluster } from '../testing/db-fixtures.js';
import { rule } from './aws-neptune-cluster-audit-logs-exported.js';

const base: typeof secureNeptuneCluster = secureNeptuneCluster;
const a = (config: Partial<typeof secureNeptuneCluster>) =>
  assetOf('aws.rds.db-cluster', { ...base, ...config }, { name: 'graph' });

runRuleTests(rule, {
  valid: [a({})],
  invalid: [
    {
      asset: a({ enabledCloudwatchLogsExports: [] }),
      messageId: 'missing',
      message: 'Neptune cluster graph does not publish its audit log to CloudWatch Logs',
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
