import { grantsFullAdmin } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-policy-no-full-admin',
  title: 'Customer managed IAM policies do not allow every action on every resource',
  description:
    'A policy with "Action": "*" on "Resource": "*" is full administrator access under another name; ' +
    'whoever it is attached to can do anything, including granting themselves more. Policies should grant ' +
    'only the actions a job needs.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.policy'],
  messages: {
    fullAdmin: 'Policy {{name}} allows every action on every resource (statement {{statements}})',
  },
  remediation: {
    text:
      'Replace the wildcard statement with the specific actions and resources needed (IAM Access Analyzer ' +
      'can generate a policy from CloudTrail activity), then publish it as the new default version.',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  check(policy, ctx) {
    if (need(policy.config, 'awsManaged'))
      return ctx.notApplicable('AWS managed policies are maintained by AWS');
    const doc = need(policy.config, 'document');
    const offending = doc.Statement.map((s, i) => ({ s, label: s.Sid ?? `#${i + 1}` })).filter(({ s }) =>
      grantsFullAdmin(s),
    );
    if (offending.length === 0) return ctx.pass();
    return ctx.fail(
      'fullAdmin',
      { name: policy.name, statements: offending.map((o) => o.label).join(', ') },
      { statements: offending.map((o) => o.s), attachmentCount: policy.config.attachmentCount },
    );
  },
});
