import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-event-notifications-enabled',
  title: 'S3 buckets have event notifications enabled',
  description:
    'Event notifications tell a topic, queue, Lambda function or EventBridge when objects are created, ' +
    'deleted or restored, so unexpected changes to the data can be noticed and acted on. A bucket passes ' +
    'when it has at least one notification configuration or sends its events to EventBridge.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} has no event notifications',
  },
  remediation: {
    text: 'Configure event notifications on the bucket (SNS, SQS, Lambda), or turn on delivery to Amazon EventBridge.',
    cli: 'aws s3api put-bucket-notification-configuration --bucket <bucket> --notification-configuration \'{"EventBridgeConfiguration": {}}\'',
    terraform:
      'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
  ],
  check(bucket, ctx) {
    const kinds = need(bucket.config, 'eventNotifications');
    if (kinds.length === 0) return ctx.fail('none', { name: bucket.name });
    return ctx.pass({ eventNotifications: [...new Set(kinds)] });
  },
});
