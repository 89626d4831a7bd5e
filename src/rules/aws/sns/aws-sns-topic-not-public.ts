import { defineRule, need } from '../../api.js';
import { firstPublicGrant } from '../public-policy.js';

export const rule = defineRule({
  id: 'aws-sns-topic-not-public',
  title: 'SNS topic access policies do not allow public access',
  description:
    'A topic policy statement that allows "*" without a condition narrowing it to a known account, ' +
    'organisation, source ARN or network lets anyone with AWS credentials publish to the topic or ' +
    'subscribe to it and receive every message sent to it.',
  severity: 'high',
  category: 'network',
  aspects: ['exposure'],
  assetTypes: ['aws.sns.topic'],
  messages: {
    public: 'SNS topic {{name}} policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text:
      'Name the accounts or services that need the topic, or add a condition such as aws:SourceOwner, ' +
      'aws:SourceArn or aws:PrincipalOrgID to the public statement.',
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://policy.json',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-4',
  ],
  check(topic, ctx) {
    const grant = firstPublicGrant(need(topic.config, 'policy'));
    if (grant === undefined) return ctx.pass();
    return ctx.fail(
      'public',
      { name: topic.name, actions: grant.actions, statement: grant.label },
      { statements: grant.all },
    );
  },
});
