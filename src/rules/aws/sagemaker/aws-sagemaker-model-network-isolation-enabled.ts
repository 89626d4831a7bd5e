import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sagemaker-model-network-isolation-enabled',
  title: 'SageMaker models run with network isolation',
  description:
    "With network isolation, a model's inference containers can make no outbound calls: a compromised or malicious model cannot send data out or fetch code.",
  severity: 'medium',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.sagemaker.model'],
  messages: {
    off: 'SageMaker model {{name}} does not run with network isolation',
  },
  remediation: {
    text: 'Recreate the model with network isolation enabled (it cannot be changed on an existing model) and point the endpoint configurations at it.',
    terraform: 'resource "aws_sagemaker_model" "this" {\n  # ...\n  enable_network_isolation = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-5',
  ],
  check(d, ctx) {
    if (need(d.config, 'networkIsolation')) return ctx.pass();
    return ctx.fail('off', { name: d.name });
  },
});
