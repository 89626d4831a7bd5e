import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elbv2-load-balancer-desync-mitigation-defensive',
  title: 'Application Load Balancers use defensive or strictest desync mitigation',
  description:
    'Desync mitigation decides what the load balancer does with ambiguous requests, the material of HTTP request smuggling. In monitor mode it forwards them; defensive and strictest modes block the dangerous ones.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.elbv2.load-balancer'],
  messages: {
    weak: 'Application Load Balancer {{name}} uses desync mitigation mode "{{mode}}"',
  },
  remediation: {
    text: 'Set the load balancer attribute routing.http.desync_mitigation_mode to defensive (or strictest).',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=routing.http.desync_mitigation_mode,Value=defensive',
    terraform: 'resource "aws_lb" "this" {\n  # ...\n  desync_mitigation_mode = "defensive"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-12',
  ],
  check(lb, ctx) {
    const type = need(lb.config, 'lbType');
    if (type !== 'application') return ctx.notApplicable(`${type} load balancers have no such attribute`);
    const mode = need(lb.config, 'desyncMitigationMode');
    if (mode === 'defensive' || mode === 'strictest') return ctx.pass({ mode });
    return ctx.fail('weak', { name: lb.name, mode: mode ?? 'none' });
  },
});
