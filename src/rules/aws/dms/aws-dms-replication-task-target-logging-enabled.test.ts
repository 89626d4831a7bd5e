import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-dms-replication-task-target-logging-enabled.js';

const DEFAULT = 'LOGGER_SEVERITY_DEFAULT';
const task = (logComponents: Record<string, string> | ReturnType<typeof unknown>, loggingEnabled = true) =>
  assetOf('aws.dms.replication-task', { loggingEnabled, logComponents }, { name: 'orders-cdc' });

runRuleTests(rule, {
  valid: [
    task({ TARGET_APPLY: DEFAULT, TARGET_LOAD: DEFAULT }),
    task({ TARGET_APPLY: 'LOGGER_SEVERITY_DETAILED_DEBUG', TARGET_LOAD: 'LOGGER_SEVERITY_DEBUG' }),
  ],
  invalid: [
    {
      asset: task({ TARGET_APPLY: DEFAULT, TARGET_LOAD: DEFAULT }, false),
      messageId: 'off',
      message: 'DMS replication task orders-cdc has task logging turned off',
    },
    {
      asset: task({ TARGET_APPLY: 'LOGGER_SEVERITY_WARNING', SOURCE_CAPTURE: DEFAULT }),
      messageId: 'low',
      message:
        'DMS replication task orders-cdc does not log TARGET_APPLY (LOGGER_SEVERITY_WARNING), TARGET_LOAD (not set) at LOGGER_SEVERITY_DEFAULT or more',
    },
  ],
  unknown: [
    { asset: task(unknown('the AWS Config record has no ReplicationTaskSettings')), field: 'logComponents' },
  ],
});
