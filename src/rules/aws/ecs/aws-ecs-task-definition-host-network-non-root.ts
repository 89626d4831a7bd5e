import { defineRule, need } from '../../api.js';
import { inactiveReason, names, runsAsRoot } from './containers.js';

export const rule = defineRule({
  id: 'aws-ecs-task-definition-host-network-non-root',
  title: 'ECS task definitions using host networking do not run containers as root or privileged',
  description:
    'With the host network mode, containers share the instance network stack: a container running as root ' +
    'or privileged can then sniff and change the host traffic, reach the instance metadata service and ' +
    'services bound to localhost. Such containers should run as a non-root user without privileges.',
  severity: 'medium',
  category: 'compute',
  aspects: ['privilege'],
  assetTypes: ['aws.ecs.task-definition'],
  messages: {
    root: 'Task definition {{name}} uses host networking and runs container(s) {{containers}} as root or privileged',
  },
  remediation: {
    text: 'Set a non-root user on every container of the task and do not make them privileged, or use the awsvpc network mode.',
    terraform:
      'resource "aws_ecs_task_definition" "this" {\n  network_mode = "awsvpc"\n  container_definitions = jsonencode([{ name = "app", user = "1000:1000", privileged = false }])\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-1'],
  check(td, ctx) {
    const inactive = inactiveReason(td);
    if (inactive !== undefined) return ctx.notApplicable(inactive);
    if (need(td.config, 'networkMode') !== 'host')
      return ctx.notApplicable('the task does not use host networking');
    const bad = need(td.config, 'containers').filter((c) => c.privileged === true || runsAsRoot(c));
    if (bad.length > 0)
      return ctx.fail(
        'root',
        { name: td.name, containers: names(bad) },
        { containers: bad.map((c) => ({ name: c.name, user: c.user, privileged: c.privileged })) },
      );
    return ctx.pass();
  },
});
