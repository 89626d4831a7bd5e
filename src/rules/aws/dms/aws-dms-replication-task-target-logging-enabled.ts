import { defineRule } from '../../api.js';
import { taskLoggingVerdict } from './task-logging.js';

export const rule = defineRule({
  id: 'aws-dms-replication-task-target-logging-enabled',
  title: 'DMS replication tasks log activity on the target database',
  description:
    'Logging TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT or more records what a migration wrote ' +
    'to the target, which is what shows a failed, partial or tampered migration.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.dms.replication-task'],
  messages: {
    off: 'DMS replication task {{name}} has task logging turned off',
    low: 'DMS replication task {{name}} does not log {{components}} at LOGGER_SEVERITY_DEFAULT or more',
  },
  remediation: {
    text: 'Turn on task logging and set TARGET_APPLY and TARGET_LOAD to LOGGER_SEVERITY_DEFAULT (or more detailed) in the task settings.',
    cli: 'aws dms modify-replication-task --replication-task-arn <arn> --replication-task-settings \'{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"TARGET_APPLY","Severity":"LOGGER_SEVERITY_DEFAULT"},{"Id":"TARGET_LOAD","Severity":"LOGGER_SEVERITY_DEFAULT"}]}}\'',
  },
  references: [
    'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-7',
  ],
  check(task, ctx) {
    return taskLoggingVerdict(task, ctx, ['TARGET_APPLY', 'TARGET_LOAD']);
  },
});
