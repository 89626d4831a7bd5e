import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-support-role-exists',
  title: 'A role, group or user holds AWSSupportAccess for managing incidents with AWS Support',
  description:
    'During an incident someone must be able to open and follow AWS Support cases without using the ' +
    'root user or broad administrator rights. Attaching the AWSSupportAccess managed policy to a role (or ' +
    'group) makes that access explicit and least-privileged.',
  severity: 'low',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.account'],
  messages: {
    none: 'Account {{name}} has no role, group or user with the AWSSupportAccess policy',
  },
  remediation: {
    text: 'Create a role for the incident responders and attach arn:aws:iam::aws:policy/AWSSupportAccess to it.',
    cli:
      'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json\n' +
      'aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
  },
  references: ['https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html'],
  check(account, ctx) {
    const entities = need(account.config, 'supportAccessEntities');
    if (entities.length === 0) return ctx.fail('none', { name: account.name });
    return ctx.pass({ entities });
  },
});
