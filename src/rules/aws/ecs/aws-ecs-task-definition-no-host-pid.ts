import { defineRule, need } from '../../api.js';
import { inactiveReason } from './containers.js';

export const rule = defineRule({
  id: 'aws-ecs-task-definition-no-host-pid',
  title: 'ECS task definitions do not share the host process namespace',
  description:
    'With pidMode host, the containers of the task see every process of the instance and can signal or ' +
    'trace them; a compromised container then reaches the host and the other tasks on it.',
  severity: 'high',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: { host: 'Task definition {{name}} shares the host process namespace (pidMode host)' },
  remediation: {
    text: 'Remove pidMode host from the task definition (use task, or leave it unset) and register a new revision.',
    terraform: 'resource "aws_ecs_task_definition" "this" {\n  pid_mode = "task"\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-3'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    const pid = need(td.config, 'pidMode');
    if (pid === 'host') return ctx.fail('host', { name: td.name });
    return ctx.pass({ pidMode: pid });
  },
});
