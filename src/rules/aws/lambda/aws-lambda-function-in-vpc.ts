import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-lambda-function-in-vpc',
  title: 'Lambda functions run in a VPC',
  description:
    'A function attached to a VPC reaches private resources through the VPC’s subnets, security groups ' +
    'and endpoints, where network controls and flow logs apply; outside a VPC it talks to the internet ' +
    'and AWS APIs from Lambda’s own network, beyond those controls.',
  severity: 'low',
  category: 'network',
  aspects: [],
  assetTypes: ['aws.lambda.function'],
  messages: {
    outside: 'Lambda function {{name}} does not run in a VPC',
  },
  remediation: {
    text: 'Attach the function to private subnets of a VPC with security groups that allow what it needs.',
    cli: 'aws lambda update-function-configuration --function-name <name> --vpc-config SubnetIds=<subnet-a>,<subnet-b>,SecurityGroupIds=<sg>',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3',
  ],
  check(fn, ctx) {
    const subnets = need(fn.config, 'subnetIds');
    if (subnets.length > 0) return ctx.pass({ subnetIds: subnets });
    return ctx.fail('outside', { name: fn.name });
  },
});
