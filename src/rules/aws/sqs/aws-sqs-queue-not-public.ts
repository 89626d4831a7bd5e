import { defineRule, need } from '../../api.js';
import { firstPublicGrant } from '../public-policy.js';

export const rule = defineRule({
  id: 'aws-sqs-queue-not-public',
  title: 'SQS queue access policies do not allow public access',
  description:
    'A queue policy statement that allows "*" without a condition narrowing it to a known account, ' +
    'organisation, source ARN or network lets anyone with AWS credentials send to the queue, or read ' +
    'and delete its messages.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.sqs.queue'],
  messages: {
    public: 'SQS queue {{name}} policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text:
      'Name the accounts or services that need the queue, or add a condition such as aws:SourceArn or ' +
      'aws:PrincipalOrgID to the public statement.',
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes file://policy-attribute.json',
  },
  references: [
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sqs-controls.html',
  ],
  check(queue, ctx) {
    const grant = firstPublicGrant(need(queue.config, 'policy'));
    if (grant === undefined) return ctx.pass();
    return ctx.fail(
      'public',
      { name: queue.name, actions: grant.actions, statement: grant.label },
      { statements: grant.all },
    );
  },
});
