import { wildcardServiceActions } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-policy-no-wildcard-service-actions',
  title: 'Customer managed IAM policies do not allow whole services with a wildcard',
  description:
    'An action like "s3:*" or "iam:*" grants every present and future action of a service, including the ' +
    'destructive and privilege-granting ones. Listing the actions needed keeps a policy to its purpose.',
  severity: 'low',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.policy'],
  messages: {
    wildcard: 'Policy {{name}} allows service-wide wildcard actions: {{actions}}',
  },
  remediation: {
    text:
      'Replace each "<service>:*" action with the specific actions needed (IAM Access Analyzer policy ' +
      'generation or last-accessed data shows which), and publish it as the new default version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_access-advisor.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
  ],
  check(policy, ctx) {
    if (need(policy.config, 'awsManaged'))
      return ctx.notApplicable('AWS managed policies are maintained by AWS');
    const actions = [...new Set(need(policy.config, 'document').Statement.flatMap(wildcardServiceActions))];
    if (actions.length === 0) return ctx.pass();
    return ctx.fail('wildcard', { name: policy.name, actions: actions.join(', ') });
  },
});
