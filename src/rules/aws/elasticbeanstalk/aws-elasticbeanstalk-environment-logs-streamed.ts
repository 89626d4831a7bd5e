import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticbeanstalk-environment-logs-streamed',
  title: 'Elastic Beanstalk environments stream their logs to CloudWatch Logs',
  description:
    "An Elastic Beanstalk environment's instance and application logs stay on instances that the " +
    'environment replaces at will (scaling, deployments, failures). Streamed to CloudWatch Logs they ' +
    'outlive the instances, can be retained, searched and alarmed on, and are there to investigate an incident.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.elasticbeanstalk.environment'],
  messages: {
    off: 'Elastic Beanstalk environment {{name}} does not stream its logs to CloudWatch Logs',
  },
  remediation: {
    text: 'Turn on instance log streaming (option aws:elasticbeanstalk:cloudwatch:logs StreamLogs = true) and set a retention.',
    cli: 'aws elasticbeanstalk update-environment --environment-name <env> --option-settings Namespace=aws:elasticbeanstalk:cloudwatch:logs,OptionName=StreamLogs,Value=true',
    terraform:
      'resource "aws_elastic_beanstalk_environment" "this" {\n  # ...\n  setting {\n    namespace = "aws:elasticbeanstalk:cloudwatch:logs"\n    name      = "StreamLogs"\n    value     = "true"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/AWSHowTo.cloudwatchlogs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-3',
  ],
  check(env, ctx) {
    if (need(env.config, 'streamLogs')) return ctx.pass({ streamLogs: true });
    return ctx.fail('off', { name: env.name }, { streamLogs: false });
  },
});
