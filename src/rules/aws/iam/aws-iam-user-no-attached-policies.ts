import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-user-no-attached-policies',
  title: 'IAM users get permissions only through groups',
  description:
    'Policies attached to individual users are hard to review and tend to accumulate: each person ends up ' +
    'with a bespoke set of permissions. Granting permissions through groups (or roles) keeps them ' +
    'consistent and auditable.',
  severity: 'low',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.user'],
  messages: {
    direct: 'IAM user {{name}} has policies attached directly: {{policies}}',
  },
  remediation: {
    text:
      'Put the user in a group that carries the permissions they need, then detach the managed policies and ' +
      'delete the inline policies from the user.',
    cli:
      'aws iam add-user-to-group --user-name <user> --group-name <group>\n' +
      'aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>\n' +
      'aws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  check(user, ctx) {
    const direct: string[] = [];
    let gap: UnknownFieldError | undefined;
    // One known direct policy is enough for a finding, even if the other list could not be read.
    const attached = user.config.attachedPolicyArns;
    if (isUnknown(attached)) gap = new UnknownFieldError('attachedPolicyArns', attached.$unknown);
    else direct.push(...attached.map((arn) => `managed ${arn.slice(arn.lastIndexOf('/') + 1)}`));
    const inline = user.config.inlinePolicies;
    if (isUnknown(inline)) gap ??= new UnknownFieldError('inlinePolicies', inline.$unknown);
    else direct.push(...inline.map((p) => `inline ${p.name}`));
    if (direct.length > 0) return ctx.fail('direct', { name: user.name, policies: direct.join(', ') });
    if (gap !== undefined) throw gap;
    return ctx.pass();
  },
});
