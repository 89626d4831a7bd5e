import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-network-firewall-firewall-deletion-protection-enabled',
  title: 'Network Firewall firewalls have deletion protection enabled',
  description:
    'Deleting a firewall removes its endpoints from the VPC, and the routes through them then either ' +
    'black-hole traffic or are replaced with routes that bypass inspection. Deletion protection stops an accidental delete.',
  severity: 'medium',
  category: 'network',
  aspects: ['resilience'],
  assetTypes: ['aws.network-firewall.firewall'],
  messages: {
    off: 'Network Firewall {{name}} can be deleted without first turning off deletion protection',
  },
  remediation: {
    text: 'Turn on deletion protection for the firewall.',
    cli: 'aws network-firewall update-firewall-delete-protection --firewall-arn <firewall-arn> --delete-protection',
    terraform: 'resource "aws_networkfirewall_firewall" "this" {\n  # ...\n  delete_protection = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-settings.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html#networkfirewall-9',
  ],
  check(fw, ctx) {
    if (need(fw.config, 'deletionProtection')) return ctx.pass();
    return ctx.fail('off', { name: fw.name });
  },
});
