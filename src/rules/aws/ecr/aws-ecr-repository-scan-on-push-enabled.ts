import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ecr-repository-scan-on-push-enabled',
  title: 'ECR private repositories scan images on push',
  description:
    "Scanning each image as it is pushed finds known vulnerabilities in its operating system packages before the image is deployed. A registry with enhanced scanning (Amazon Inspector) can scan a repository on push or continuously without the repository's own setting; that counts too.",
  severity: 'high',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ecr.repository'],
  messages: {
    off: 'ECR repository {{name}} does not scan images on push',
  },
  remediation: {
    text: 'Turn on scan on push for the repository (or enhanced scanning for the registry).',
    cli: 'aws ecr put-image-scanning-configuration --repository-name <name> --image-scanning-configuration scanOnPush=true',
    terraform:
      'resource "aws_ecr_repository" "this" {\n  # ...\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
  ],
  check(repo, ctx) {
    if (need(repo.config, 'scanOnPush')) return ctx.pass();
    // Enhanced scanning rules of the registry may scan the repository without its own setting.
    const frequency = need(repo.config, 'scanFrequency');
    if (frequency !== null && frequency !== 'MANUAL') return ctx.pass({ scanFrequency: frequency });
    return ctx.fail('off', { name: repo.name });
  },
});
