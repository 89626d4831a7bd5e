import { UnknownFieldError } from '../../../model/errors.js';
import { defineRule, need } from '../../api.js';

/** Predefined ELB security policies whose lowest protocol is TLS 1.2 or 1.3. */
const MODERN = /^ELBSecurityPolicy-(TLS-1-2|TLS13-1-2|TLS13-1-3|FS-1-2)(-|$)/;
/** Predefined policies that still accept TLS 1.1 or TLS 1.0, by the lowest version they accept. */
const LEGACY: [RegExp, string][] = [
  [/^ELBSecurityPolicy-(TLS-1-1|FS-1-1|TLS13-1-1)(-|$)/, 'TLS 1.1'],
  [/^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0|FS-2018-06|TLS13-1-0)(-|$)/, 'TLS 1.0'],
];

export const rule = defineRule({
  id: 'aws-elbv2-listener-modern-tls-policy',
  title: 'Load balancer HTTPS and TLS listeners use a TLS 1.2+ security policy',
  description:
    'TLS 1.0 and 1.1 are deprecated (RFC 8996) and have known weaknesses; a listener whose security policy ' +
    'still offers them lets clients, or an attacker downgrading them, use those versions. The default ' +
    'policy ELBSecurityPolicy-2016-08 accepts TLS 1.0.',
  severity: 'medium',
  category: 'network',
  aspects: ['encryption'],
  assetTypes: ['aws.elbv2.listener'],
  messages: {
    legacy: 'Listener {{name}} uses security policy {{policy}}, which accepts {{version}}',
  },
  remediation: {
    text: 'Switch the listener to a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform:
      'resource "aws_lb_listener" "https" {\n  # ...\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17',
  ],
  check(listener, ctx) {
    const protocol = need(listener.config, 'protocol');
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return ctx.notApplicable(`${protocol} listener`);
    const policy = need(listener.config, 'sslPolicy');
    if (policy === null)
      throw new UnknownFieldError(
        'sslPolicy',
        `the ${protocol} listener has no security policy in the source`,
      );
    if (MODERN.test(policy)) return ctx.pass({ sslPolicy: policy });
    const legacy = LEGACY.find(([re]) => re.test(policy));
    if (legacy !== undefined) return ctx.fail('legacy', { name: listener.name, policy, version: legacy[1] });
    // A policy name Parapet does not know (a newer predefined one): say so rather than guess.
    throw new UnknownFieldError('sslPolicy', `Parapet does not know which TLS versions ${policy} accepts`);
  },
});
