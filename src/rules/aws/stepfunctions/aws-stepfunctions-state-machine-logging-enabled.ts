import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-stepfunctions-state-machine-logging-enabled',
  title: 'Step Functions state machines have logging enabled',
  description:
    'Execution logs in CloudWatch Logs record what each execution did and where it failed, for troubleshooting and for investigating misuse.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.stepfunctions.state-machine'],
  messages: {
    off: 'Step Functions state machine {{name}} does not log its executions',
  },
  remediation: {
    text: 'Set the state machine’s logging level to ERROR or ALL with a CloudWatch Logs log group.',
    cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration file://logging.json',
  },
  references: [
    'https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/stepfunctions-controls.html#stepfunctions-1',
  ],
  check(sm, ctx) {
    const level = need(sm.config, 'loggingLevel');
    if (level.toUpperCase() !== 'OFF') return ctx.pass({ level });
    return ctx.fail('off', { name: sm.name });
  },
});
