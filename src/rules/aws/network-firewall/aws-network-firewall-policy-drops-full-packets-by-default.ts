import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-network-firewall-policy-drops-full-packets-by-default',
  title: 'Network Firewall policies drop or forward full packets by default',
  description:
    'The stateless default action decides what happens to full packets no stateless rule matched. With ' +
    'aws:pass they skip the stateful engine entirely, so the firewall lets through traffic it never inspected.',
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.network-firewall.firewall-policy'],
  messages: {
    pass: 'Network Firewall policy {{name}} passes full packets that match no stateless rule ({{actions}}) without inspection',
  },
  remediation: {
    text: 'Set the stateless default action for full packets to aws:drop or aws:forward_to_sfe (to the stateful engine).',
    cli: 'aws network-firewall update-firewall-policy --firewall-policy-arn <policy-arn> --update-token <token> --firewall-policy file://policy.json',
    terraform:
      'resource "aws_networkfirewall_firewall_policy" "this" {\n  # ...\n  firewall_policy {\n    stateless_default_actions = ["aws:forward_to_sfe"]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/network-firewall/latest/developerguide/stateless-default-actions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-4',
  ],
  check(policy, ctx) {
    const actions = need(policy.config, 'statelessDefaultActions');
    if (actions.some((a) => a === 'aws:drop' || a === 'aws:forward_to_sfe')) return ctx.pass({ actions });
    return ctx.fail('pass', { name: policy.name, actions: actions.join(', ') || 'none' });
  },
});
