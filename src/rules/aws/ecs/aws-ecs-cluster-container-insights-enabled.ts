import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ecs-cluster-container-insights-enabled',
  title: 'ECS clusters use Container Insights',
  description:
    'Container Insights collects CPU, memory, network and restart metrics of the tasks and services of a ' +
    'cluster, which show crash loops, resource exhaustion and unusual activity.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.ecs.cluster'],
  messages: { off: 'ECS cluster {{name}} does not use Container Insights ({{setting}})' },
  remediation: {
    text: 'Turn on the containerInsights setting of the cluster.',
    cli: 'aws ecs update-cluster-settings --cluster <cluster> --settings name=containerInsights,value=enabled',
    terraform:
      'resource "aws_ecs_cluster" "this" {\n  setting {\n    name  = "containerInsights"\n    value = "enabled"\n  }\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-12'],
  check(c, ctx) {
    const setting = need(c.config, 'containerInsights');
    if (setting !== 'enabled' && setting !== 'enhanced')
      return ctx.fail('off', { name: c.name, setting: setting ?? 'not set' });
    return ctx.pass({ containerInsights: setting });
  },
});
