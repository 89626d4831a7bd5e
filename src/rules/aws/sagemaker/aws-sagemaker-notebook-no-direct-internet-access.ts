import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sagemaker-notebook-no-direct-internet-access',
  title: 'SageMaker notebook instances have no direct internet access',
  description:
    'With direct internet access, SageMaker gives the notebook its own route to the internet outside your VPC: data can leave and code can come in without passing your network controls or logs.',
  severity: 'high',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.sagemaker.notebook-instance'],
  messages: {
    direct: 'SageMaker notebook instance {{name}} has direct internet access',
  },
  remediation: {
    text: 'Create the notebook in a VPC subnet with direct internet access disabled; reach the internet, if needed, through the VPC (NAT and egress controls).',
    terraform:
      'resource "aws_sagemaker_notebook_instance" "this" {\n  # ...\n  subnet_id              = aws_subnet.private.id\n  security_groups        = [aws_security_group.notebook.id]\n  direct_internet_access = "Disabled"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1',
  ],
  check(d, ctx) {
    if (!need(d.config, 'directInternetAccess')) return ctx.pass();
    return ctx.fail('direct', { name: d.name });
  },
});
