import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ecr-repository-tag-immutability-enabled',
  title: 'ECR private repositories have tag immutability enabled',
  description:
    'With immutable tags, an image tag such as `1.4.2` or `prod` always names the same image: nobody can push a different image under a tag that deployments already trust.',
  severity: 'medium',
  category: 'compute',
  aspects: [],
  assetTypes: ['aws.ecr.repository'],
  messages: {
    mutable: 'ECR repository {{name}} allows image tags to be overwritten ({{mutability}})',
  },
  remediation: {
    text: 'Set the repository’s image tag mutability to IMMUTABLE.',
    cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
    terraform: 'resource "aws_ecr_repository" "this" {\n  # ...\n  image_tag_mutability = "IMMUTABLE"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-2',
  ],
  check(repo, ctx) {
    const mutability = need(repo.config, 'imageTagMutability');
    if (mutability.startsWith('IMMUTABLE')) return ctx.pass({ mutability });
    return ctx.fail('mutable', { name: repo.name, mutability });
  },
});
