import { defineRule, need } from '../../api.js';
import { inactiveReason, names } from './containers.js';

export const rule = defineRule({
  id: 'aws-ecs-task-definition-read-only-root-filesystem',
  title: 'ECS containers have read-only root file systems',
  description:
    'A writable root file system lets an attacker in a container drop tools, change binaries and persist. ' +
    'With a read-only root file system, writes go only to the volumes the task declares.',
  severity: 'high',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: {
    writable: 'Task definition {{name}} gives container(s) {{containers}} a writable root file system',
  },
  remediation: {
    text: 'Set readonlyRootFilesystem to true on every container, mount volumes for the paths it must write, and register a new revision.',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  container_definitions = jsonencode([{ name = "app", readonlyRootFilesystem = true }])\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    const bad = need(td.config, 'containers').filter((c) => c.readonlyRootFilesystem !== true);
    if (bad.length > 0) return ctx.fail('writable', { name: td.name, containers: names(bad) });
    return ctx.pass();
  },
});
