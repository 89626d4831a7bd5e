import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instances run in a customer VPC',
  description:
    "A notebook in your own VPC is governed by your security groups, routes, endpoints and flow logs; one outside it is reachable and can reach out only under SageMaker's defaults.",
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.sagemaker.notebook-instance'],
  messages: {
    noVpc: 'SageMaker notebook instance {{name}} does not run in a customer VPC',
  },
  remediation: {
    text: 'Recreate the notebook with a subnet and security groups of your VPC (the network settings cannot be changed on an existing notebook).',
    terraform:
      'resource "aws_sagemaker_notebook_instance" "this" {\n  # ...\n  subnet_id       = aws_subnet.private.id\n  security_groups = [aws_security_group.notebook.id]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2',
  ],
  check(d, ctx) {
    const subnet = need(d.config, 'subnetId');
    if (subnet !== null) return ctx.pass({ subnetId: subnet });
    return ctx.fail('noVpc', { name: d.name });
  },
});
