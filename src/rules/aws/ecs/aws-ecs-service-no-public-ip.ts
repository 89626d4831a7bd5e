import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ecs-service-no-public-ip',
  title: 'ECS services do not assign public IP addresses automatically',
  description:
    'A service whose tasks get public IP addresses puts every task on the internet, reachable on whatever its ' +
    'security groups allow. Run tasks in private subnets behind a load balancer, with a NAT gateway or VPC ' +
    'endpoints for outbound traffic.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ecs.service'],
  messages: { public: 'ECS service {{name}} assigns public IP addresses to its tasks' },
  remediation: {
    text: 'Set assignPublicIp to DISABLED in the awsvpc network configuration of the service and run it in private subnets.',
    cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<private>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
    terraform:
      'resource "aws_ecs_service" "this" {\n  network_configuration {\n    assign_public_ip = false\n    subnets          = var.private_subnets\n  }\n  # ...\n}',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2'],
  check(s, ctx) {
    const assign = need(s.config, 'assignPublicIp');
    if (assign === 'ENABLED') return ctx.fail('public', { name: s.name });
    return ctx.pass({ assignPublicIp: assign });
  },
});
