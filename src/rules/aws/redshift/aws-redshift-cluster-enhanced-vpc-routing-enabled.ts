import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-redshift-cluster-enhanced-vpc-routing-enabled',
  title: 'Redshift clusters use enhanced VPC routing',
  description:
    "Without enhanced VPC routing, COPY and UNLOAD traffic to S3 and other services leaves through the internet and bypasses the VPC's security groups, network ACLs, endpoints and flow logs.",
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.redshift.cluster'],
  messages: {
    off: 'Redshift cluster {{name}} does not use enhanced VPC routing',
  },
  remediation: {
    text: 'Enable enhanced VPC routing (and give the VPC an S3 gateway endpoint or NAT route for COPY and UNLOAD).',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --enhanced-vpc-routing',
    terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  enhanced_vpc_routing = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-7',
  ],
  check(d, ctx) {
    if (need(d.config, 'enhancedVpcRouting')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
