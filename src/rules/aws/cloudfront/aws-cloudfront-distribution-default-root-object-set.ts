import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-default-root-object-set',
  title: 'CloudFront distributions define a default root object',
  description:
    'When a viewer asks for the distribution root (`/`) and no default root object is set, CloudFront ' +
    'forwards the request to the origin as it is; an S3 origin may then answer with a listing of its ' +
    'contents. A default root object (such as index.html) makes the root URL serve one known object.',
  severity: 'critical',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: { none: 'CloudFront distribution {{name}} has no default root object' },
  remediation: {
    text: 'Set a default root object (for example index.html) on the distribution.',
    cli: 'aws cloudfront get-distribution-config --id <id> > d.json  # set DefaultRootObject, then update-distribution --if-match <ETag>',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  default_root_object = "index.html"\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-1',
  ],
  check(d, ctx) {
    const root = need(d.config, 'defaultRootObject');
    if (root.trim() === '') return ctx.fail('none', { name: d.name });
    return ctx.pass({ defaultRootObject: root });
  },
});
