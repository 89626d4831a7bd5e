import { defineRule, need } from '../../api.js';
import { inactiveReason, names } from './containers.js';

export const rule = defineRule({
  id: 'aws-ecs-task-definition-no-privileged-containers',
  title: 'ECS containers run without privileged mode',
  description:
    'A privileged container has root capabilities on the host: it can mount the host file systems, load ' +
    'kernel modules and escape to the instance. Grant the few Linux capabilities a container needs instead.',
  severity: 'high',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: { privileged: 'Task definition {{name}} runs privileged container(s) {{containers}}' },
  remediation: {
    text: 'Set privileged to false on every container (add only the capabilities needed with linuxParameters.capabilities) and register a new revision.',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  container_definitions = jsonencode([{ name = "app", privileged = false }])\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    const bad = need(td.config, 'containers').filter((c) => c.privileged === true);
    if (bad.length > 0) return ctx.fail('privileged', { name: td.name, containers: names(bad) });
    return ctx.pass();
  },
});
