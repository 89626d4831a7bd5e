import type { ListenerAction } from '../../../inventory/aws/elbv2.js';
import { defineRule, need } from '../../api.js';

/** How a default action reads in a message: `forward`, `redirect to HTTP`, `fixed-response 404`. */
function describeAction(a: ListenerAction): string {
  if (a.type === 'redirect') return `redirect to ${a.redirect?.protocol ?? 'the same protocol'}`;
  if (a.type === 'fixed-response' && a.fixedResponseStatusCode)
    return `fixed-response ${a.fixedResponseStatusCode}`;
  return a.type;
}

export const rule = defineRule({
  id: 'aws-elbv2-listener-redirects-http-to-https',
  title: 'Load balancer HTTP listeners redirect to HTTPS',
  description:
    'An HTTP listener that serves content sends requests, cookies and credentials in clear text, open to ' +
    'eavesdropping and tampering on the way. HTTP listeners should only redirect clients to HTTPS.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['aws.elbv2.listener'],
  messages: {
    notRedirect: 'HTTP listener {{name}} default action is {{action}}, not a redirect to HTTPS',
  },
  remediation: {
    text: "Make the HTTP listener's default action a redirect to HTTPS (port 443, status 301), and serve the application on an HTTPS listener.",
    cli: "aws elbv2 modify-listener --listener-arn <listener-arn> --default-actions 'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}'",
    terraform:
      'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.this.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1',
  ],
  check(listener, ctx) {
    const protocol = need(listener.config, 'protocol');
    if (protocol !== 'HTTP') return ctx.notApplicable(`${protocol} listener`);
    const actions = need(listener.config, 'defaultActions');
    const other = actions.find(
      (a) => a.type !== 'redirect' || a.redirect?.protocol?.toUpperCase() !== 'HTTPS',
    );
    if (other !== undefined || actions.length === 0) {
      return ctx.fail(
        'notRedirect',
        { name: listener.name, action: other === undefined ? 'missing' : describeAction(other) },
        { defaultActions: actions },
      );
    }
    return ctx.pass({ defaultActions: actions });
  },
});
