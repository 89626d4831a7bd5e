import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-eip-attached',
  title: 'Elastic IP addresses are attached to something',
  description:
    'An Elastic IP that is allocated but not associated with an instance or network interface costs money ' +
    'and is an address nobody tracks: it may still be listed in allow-lists and DNS records elsewhere.',
  severity: 'low',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.eip'],
  messages: { unused: 'Elastic IP {{name}} is not associated with any instance or network interface' },
  remediation: {
    text: 'Release Elastic IPs nothing uses (after removing them from allow-lists and DNS).',
    cli: 'aws ec2 release-address --allocation-id <allocation-id>',
  },
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-12'],
  check(eip, ctx) {
    const instance = need(eip.config, 'instanceId');
    const eni = need(eip.config, 'networkInterfaceId');
    if (instance === null && eni === null) return ctx.fail('unused', { name: eip.name });
    return ctx.pass({ instanceId: instance, networkInterfaceId: eni });
  },
});
