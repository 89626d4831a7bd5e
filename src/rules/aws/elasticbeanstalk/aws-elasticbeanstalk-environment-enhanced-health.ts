import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elasticbeanstalk-environment-enhanced-health',
  title: 'Elastic Beanstalk environments have enhanced health reporting enabled',
  description:
    'Enhanced health reporting watches the instances, the application and the load balancer of an ' +
    'environment and reports what degrades it (failing requests, latency, resource use). Basic reporting ' +
    'only sees whether instances answer, so problems and their causes go unnoticed for longer.',
  severity: 'low',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.elasticbeanstalk.environment'],
  messages: {
    basic: 'Elastic Beanstalk environment {{name}} uses {{system}} health reporting, not enhanced',
  },
  remediation: {
    text: 'Set the environment health reporting system to enhanced (option aws:elasticbeanstalk:healthreporting:system SystemType = enhanced).',
    cli: 'aws elasticbeanstalk update-environment --environment-name <env> --option-settings Namespace=aws:elasticbeanstalk:healthreporting:system,OptionName=SystemType,Value=enhanced',
    terraform:
      'resource "aws_elastic_beanstalk_environment" "this" {\n  # ...\n  setting {\n    namespace = "aws:elasticbeanstalk:healthreporting:system"\n    name      = "SystemType"\n    value     = "enhanced"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/health-enhanced.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elasticbeanstalk-controls.html#elasticbeanstalk-1',
  ],
  check(env, ctx) {
    const system = need(env.config, 'healthReportingSystem');
    if (system.toLowerCase() === 'enhanced') return ctx.pass({ healthReportingSystem: system });
    return ctx.fail('basic', { name: env.name, system }, { healthReportingSystem: system });
  },
});
