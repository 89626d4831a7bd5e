import { defineRule, known, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-lambda-function-multi-az',
  title: 'VPC Lambda functions run in more than one Availability Zone',
  description:
    'A function attached to a VPC runs only in the Availability Zones of its subnets. With subnets in a ' +
    'single zone, an outage of that zone stops the function. Give it subnets in at least two zones.',
  severity: 'medium',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.lambda.function'],
  requires: ['aws.ec2.subnet'],
  messages: {
    single: 'Lambda function {{name}} runs in one Availability Zone only ({{zone}})',
  },
  remediation: {
    text: "Add subnets in at least one more Availability Zone to the function's VPC configuration.",
    cli: 'aws lambda update-function-configuration --function-name <fn> --vpc-config SubnetIds=<subnet-in-az-a>,<subnet-in-az-b>,SecurityGroupIds=<sg>',
    terraform:
      'resource "aws_lambda_function" "this" {\n  # ...\n  vpc_config {\n    subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id] # in different Availability Zones\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-5',
  ],
  check(fn, ctx) {
    const subnetIds = need(fn.config, 'subnetIds');
    if (subnetIds.length === 0) return ctx.notApplicable('the function does not run in a VPC');
    const subnets = ctx.assets('aws.ec2.subnet', { account: fn.account, region: fn.region });
    const zones = new Set<string>();
    for (const id of subnetIds) {
      const subnet = subnets.find((s) => s.config.subnetId === id || s.name === id);
      if (subnet === undefined)
        return ctx.unknown(
          'subnetIds',
          `subnet ${id} of the function is not in the inventory, so its Availability Zone is not known`,
        );
      zones.add(known(subnet.config.availabilityZone, `subnet ${id} availabilityZone`));
    }
    const sorted = [...zones].sort();
    if (sorted.length >= 2) return ctx.pass({ availabilityZones: sorted });
    return ctx.fail('single', { name: fn.name, zone: sorted[0] ?? '' }, { availabilityZones: sorted });
  },
});
