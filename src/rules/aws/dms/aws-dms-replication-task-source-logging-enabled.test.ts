import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-dms-replication-task-source-logging-enabled.js';

const DEFAULT = 'LOGGER_SEVERITY_DEFAULT';
const task = (
  logComponents: Record<string, string>,
  loggingEnabled: boolean | ReturnType<typeof unknown> = true,
) => assetOf('aws.dms.replication-task', { loggingEnabled, logComponents }, { name: 'orders-cdc' });

runRuleTests(rule, {
  valid: [task({ SOURCE_CAPTURE: DEFAULT, SOURCE_UNLOAD: 'LOGGER_SEVERITY_DEBUG' })],
  invalid: [
    {
      asset: task({ SOURCE_CAPTURE: 'LOGGER_SEVERITY_ERROR', SOURCE_UNLOAD: DEFAULT }),
      messageId: 'low',
      message:
        'DMS replication task orders-cdc does not log SOURCE_CAPTURE (LOGGER_SEVERITY_ERROR) at LOGGER_SEVERITY_DEFAULT or more',
    },
    { asset: task({}, false), messageId: 'off' },
  ],
  unknown: [{ asset: task({}, unknown('not recorded')), field: 'loggingEnabled' }],
});
