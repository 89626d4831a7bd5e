import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sagemaker-endpoint-config-multiple-instances',
  title: 'SageMaker endpoint production variants start with more than one instance',
  description:
    'An endpoint variant on one instance goes down with that instance or its Availability Zone. With two or more, SageMaker spreads them across zones and the endpoint keeps serving.',
  severity: 'medium',
  category: 'compute',
  aspects: ['resilience'],
  assetTypes: ['aws.sagemaker.endpoint-config'],
  messages: {
    single:
      'SageMaker endpoint configuration {{name}} starts production variant(s) {{variants}} on a single instance',
  },
  remediation: {
    text: 'Create an endpoint configuration whose provisioned variants start with at least two instances, and update the endpoints to it.',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/best-practice-endpoint-security.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-4',
  ],
  check(d, ctx) {
    const provisioned = need(d.config, 'productionVariants').filter((v) => v.initialInstanceCount !== null);
    if (provisioned.length === 0) return ctx.notApplicable('the configuration has only serverless variants');
    const single = provisioned.filter((v) => (v.initialInstanceCount ?? 0) < 2);
    if (single.length === 0) return ctx.pass();
    return ctx.fail('single', { name: d.name, variants: single.map((v) => v.variantName).join(', ') });
  },
});
