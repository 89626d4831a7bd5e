import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ecr-repository-lifecycle-policy-configured',
  title: 'ECR repositories have a lifecycle policy',
  description:
    'A lifecycle policy expires old and untagged images, so stale images with known vulnerabilities do not stay available to deploy, and storage does not grow without bound.',
  severity: 'medium',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ecr.repository'],
  messages: {
    none: 'ECR repository {{name}} has no lifecycle policy',
  },
  remediation: {
    text: 'Add a lifecycle policy that expires untagged images and keeps a bounded number of tagged ones.',
    cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text file://lifecycle.json',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-3',
  ],
  check(repo, ctx) {
    if (need(repo.config, 'lifecyclePolicy')) return ctx.pass();
    return ctx.fail('none', { name: repo.name });
  },
});
