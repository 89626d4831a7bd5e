import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-transit-gateway-auto-accept-disabled',
  title: 'Transit gateways do not accept shared VPC attachments automatically',
  description:
    'A transit gateway shared through AWS RAM that auto-accepts attachment requests lets any account it is ' +
    'shared with plug a VPC into the routing hub without review — and reach every network attached to it.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.transit-gateway'],
  messages: {
    autoAccept: 'Transit gateway {{name}} accepts shared VPC attachment requests automatically',
  },
  remediation: {
    text: 'Turn off automatic acceptance of shared attachments, and accept each cross-account attachment explicitly.',
    cli: 'aws ec2 modify-transit-gateway --transit-gateway-id <tgw-id> --options AutoAcceptSharedAttachments=disable',
    terraform: 'resource "aws_ec2_transit_gateway" "this" {\n  auto_accept_shared_attachments = "disable"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-23',
  ],
  check(tgw, ctx) {
    if (need(tgw.config, 'autoAcceptSharedAttachments')) return ctx.fail('autoAccept', { name: tgw.name });
    return ctx.pass();
  },
});
