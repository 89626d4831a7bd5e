import { defineRule, need } from '../../api.js';
import { isUnknown } from '../../../model/unknown.js';

export const rule = defineRule({
  id: 'aws-ec2-vpc-ec2-endpoint-configured',
  title: 'VPCs reach the EC2 API through an interface VPC endpoint',
  description:
    'An interface VPC endpoint for the EC2 service (com.amazonaws.<region>.ec2) lets instances call the EC2 API ' +
    'without leaving the AWS network, and lets endpoint policies limit what the calls from the VPC may do. ' +
    "A VPC passes when it has an interface endpoint for its region's EC2 service that is not being deleted.",
  severity: 'medium',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.ec2.vpc'],
  requires: ['aws.ec2.vpc-endpoint'],
  messages: {
    none: 'VPC {{name}} has no interface endpoint for the EC2 API ({{service}})',
  },
  remediation: {
    text: 'Create an interface VPC endpoint for the EC2 service in the VPC, with private DNS enabled.',
    cli: 'aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.ec2 --subnet-ids <subnet-ids> --security-group-ids <sg-id> --private-dns-enabled',
    terraform:
      'resource "aws_vpc_endpoint" "ec2" {\n  vpc_id              = aws_vpc.this.id\n  service_name        = "com.amazonaws.${var.region}.ec2"\n  vpc_endpoint_type   = "Interface"\n  private_dns_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/interface-vpc-endpoints.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-10',
  ],
  check(vpc, ctx) {
    const vpcId = need(vpc.config, 'vpcId');
    const service = `com.amazonaws.${vpc.region}.ec2`;
    const scope = { account: vpc.account, region: vpc.region };
    const endpoints = ctx.assets('aws.ec2.vpc-endpoint', scope);
    const gone = new Set(['deleting', 'deleted', 'failed', 'rejected', 'expired']);
    const matching = endpoints.filter(
      (e) =>
        e.config.vpcId === vpcId &&
        e.config.serviceName === service &&
        e.config.vpcEndpointType === 'Interface' &&
        typeof e.config.state === 'string' &&
        !gone.has(e.config.state.toLowerCase()),
    );
    if (matching.length > 0) return ctx.pass({ endpoints: matching.map((e) => e.name) });
    const undecided = endpoints.find(
      (e) =>
        isUnknown(e.config.vpcId) ||
        isUnknown(e.config.serviceName) ||
        isUnknown(e.config.vpcEndpointType) ||
        isUnknown(e.config.state),
    );
    if (undecided !== undefined)
      return ctx.unknown(
        `VPC endpoint ${undecided.name}`,
        'a VPC endpoint in the region is only partly known',
      );
    if (!ctx.covered('aws.ec2.vpc-endpoint', scope))
      return ctx.unknown(
        'VPC endpoints',
        `the sources do not show the VPC endpoints of ${vpc.account}/${vpc.region} ` +
          '(none there, and no AWS Config recorder item saying AWS::EC2::VPCEndpoint is recorded)',
      );
    return ctx.fail('none', { name: vpc.name, service });
  },
});
