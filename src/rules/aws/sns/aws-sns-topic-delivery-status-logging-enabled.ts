import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sns-topic-delivery-status-logging-enabled',
  title: 'SNS topics log the delivery status of notification messages',
  description:
    'With delivery status logging, SNS writes to CloudWatch Logs whether each message reached its ' +
    'HTTP, SQS, Lambda, application or Firehose endpoint, so failed or diverted deliveries can be seen ' +
    'and investigated.',
  severity: 'medium',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.sns.topic'],
  messages: {
    off: 'SNS topic {{name}} does not log the delivery status of its messages',
  },
  remediation: {
    text: 'Set a success and failure feedback role (and a sample rate) for the protocols the topic delivers to.',
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name SQSFailureFeedbackRoleArn --attribute-value <role-arn>',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-topic-attributes.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-2',
  ],
  check(topic, ctx) {
    const protocols = need(topic.config, 'deliveryStatusLogging');
    if (protocols.length > 0) return ctx.pass({ protocols });
    return ctx.fail('off', { name: topic.name });
  },
});
