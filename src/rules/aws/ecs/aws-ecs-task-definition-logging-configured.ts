import { defineRule, need } from '../../api.js';
import { inactiveReason, names } from './containers.js';

export const rule = defineRule({
  id: 'aws-ecs-task-definition-logging-configured',
  title: 'ECS task definitions have a logging configuration',
  description:
    'Without a log driver, what a container writes to stdout and stderr is lost when the task stops (or ' +
    'never leaves a Fargate task), leaving nothing to investigate an incident with.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: { none: 'Task definition {{name}} has no log configuration for container(s) {{containers}}' },
  remediation: {
    text: 'Give every container a logConfiguration (for example the awslogs driver to CloudWatch Logs) and register a new revision.',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  container_definitions = jsonencode([{\n    name = "app"\n    logConfiguration = { logDriver = "awslogs", options = { "awslogs-group" = "/ecs/app", "awslogs-region" = "eu-west-1", "awslogs-stream-prefix" = "app" } }\n  }])\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-9'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    const bad = need(td.config, 'containers').filter((c) => c.logDriver === null);
    if (bad.length > 0) return ctx.fail('none', { name: td.name, containers: names(bad) });
    return ctx.pass();
  },
});
