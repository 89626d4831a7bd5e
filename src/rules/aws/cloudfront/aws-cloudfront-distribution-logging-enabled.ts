import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudfront-distribution-logging-enabled',
  title: 'CloudFront distributions have standard logging enabled',
  description:
    'Standard logs record every viewer request CloudFront receives. Without them there is no record to ' +
    'investigate abuse, data scraping or an attack against the distribution.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudfront.distribution'],
  messages: { off: 'CloudFront distribution {{name}} does not log requests' },
  remediation: {
    text: 'Enable standard logging to an S3 bucket on the distribution.',
    terraform:
      'resource "aws_cloudfront_distribution" "this" {\n  logging_config {\n    bucket = "logs.s3.amazonaws.com"\n    prefix = "cf/"\n  }\n  # ...\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudfront-controls.html#cloudfront-5',
  ],
  check(d, ctx) {
    const logging = need(d.config, 'logging');
    if (!logging.enabled) return ctx.fail('off', { name: d.name });
    return ctx.pass({ logging });
  },
});
