import { defineRule } from '../../api.js';
import { taskLoggingVerdict } from './task-logging.js';

export const rule = defineRule({
  id: 'aws-dms-replication-task-source-logging-enabled',
  title: 'DMS replication tasks log activity on the source database',
  description:
    'Logging SOURCE_CAPTURE and SOURCE_UNLOAD at LOGGER_SEVERITY_DEFAULT or more records what a migration read ' +
    'from the source, which is what shows a failed, partial or tampered migration.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.dms.replication-task'],
  messages: {
    off: 'DMS replication task {{name}} has task logging turned off',
    low: 'DMS replication task {{name}} does not log {{components}} at LOGGER_SEVERITY_DEFAULT or more',
  },
  remediation: {
    text: 'Turn on task logging and set SOURCE_CAPTURE and SOURCE_UNLOAD to LOGGER_SEVERITY_DEFAULT (or more detailed) in the task settings.',
    cli: 'aws dms modify-replication-task --replication-task-arn <arn> --replication-task-settings \'{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"SOURCE_CAPTURE","Severity":"LOGGER_SEVERITY_DEFAULT"},{"Id":"SOURCE_UNLOAD","Severity":"LOGGER_SEVERITY_DEFAULT"}]}}\'',
  },
  references: [
    'https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Tasks.CustomizingTasks.TaskSettings.Logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/dms-controls.html#dms-8',
  ],
  check(task, ctx) {
    return taskLoggingVerdict(task, ctx, ['SOURCE_CAPTURE', 'SOURCE_UNLOAD']);
  },
});
