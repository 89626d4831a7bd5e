import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-elb-load-balancer-desync-mitigation-defensive',
  title: 'Classic Load Balancers use defensive or strictest desync mitigation',
  description:
    'Desync mitigation decides what the load balancer does with ambiguous requests, the material of HTTP request smuggling. In monitor mode it forwards them; defensive and strictest modes block the dangerous ones.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.elb.load-balancer'],
  messages: {
    weak: 'Classic Load Balancer {{name}} uses desync mitigation mode "{{mode}}"',
  },
  remediation: {
    text: 'Set the desync mitigation mode to defensive (or strictest).',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes \'{"AdditionalAttributes":[{"Key":"elb.http.desyncmitigationmode","Value":"defensive"}]}\'',
    terraform: 'resource "aws_elb" "this" {\n  # ...\n  desync_mitigation_mode = "defensive"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/config-desync-mitigation-mode.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-14',
  ],
  check(lb, ctx) {
    const mode = need(lb.config, 'desyncMitigationMode');
    if (mode === 'defensive' || mode === 'strictest') return ctx.pass({ mode });
    return ctx.fail('weak', { name: lb.name, mode });
  },
});
