import { defineRule, need } from '../../api.js';
import { firstPublicGrant } from '../public-policy.js';

export const rule = defineRule({
  id: 'aws-lambda-function-not-public',
  title: 'Lambda function policies do not allow public access',
  description:
    'A function policy statement that allows "*" without a condition narrowing it to a known account, ' +
    'organisation, source ARN or network lets anyone with AWS credentials invoke (or manage) the function, ' +
    'running its code with its role’s permissions and at the owner’s cost.',
  severity: 'critical',
  category: 'compute',
  aspects: ['exposure'],
  assetTypes: ['aws.lambda.function'],
  messages: {
    public: 'Lambda function {{name}} policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text:
      'Remove the public statement, or name the calling account or service and add a condition such as ' +
      'aws:SourceAccount or aws:SourceArn.',
    cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
  ],
  check(fn, ctx) {
    const grant = firstPublicGrant(need(fn.config, 'policy'));
    if (grant === undefined) return ctx.pass();
    return ctx.fail(
      'public',
      { name: fn.name, actions: grant.actions, statement: grant.label },
      { statements: grant.all },
    );
  },
});
