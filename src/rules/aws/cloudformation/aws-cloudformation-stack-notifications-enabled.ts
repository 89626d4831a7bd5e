import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudformation-stack-notifications-enabled',
  title: 'CloudFormation stacks send their events to an SNS topic',
  description:
    'Stack events say when a stack is created, updated, rolled back or deleted, and what failed. Sent to ' +
    'an SNS topic they reach the people and systems that must notice unexpected changes to infrastructure.',
  severity: 'low',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.cloudformation.stack'],
  messages: {
    none: 'CloudFormation stack {{name}} sends its events to no SNS topic',
  },
  remediation: {
    text: 'Name an SNS topic for the stack notifications (on the next stack update).',
    cli: 'aws cloudformation update-stack --stack-name <stack> --use-previous-template --notification-arns arn:aws:sns:<region>:<account>:<topic>',
    terraform:
      'resource "aws_cloudformation_stack" "this" {\n  # ...\n  notification_arns = [aws_sns_topic.stack_events.arn]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-console-add-tags.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudformation-controls.html#cloudformation-1',
  ],
  check(stack, ctx) {
    const topics = need(stack.config, 'notificationArns');
    if (topics.length > 0) return ctx.pass({ notificationArns: topics });
    return ctx.fail('none', { name: stack.name });
  },
});
