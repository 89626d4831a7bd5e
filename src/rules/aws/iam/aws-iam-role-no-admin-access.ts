import { defineRule } from '../../api.js';
import { fullAdminGrants } from './permissions.js';

export const rule = defineRule({
  id: 'aws-iam-role-no-admin-access',
  title: 'IAM roles do not have full administrator access',
  description:
    'A role with AdministratorAccess (or any policy allowing every action on every resource) gives whoever ' +
    'can assume it — people, workloads, other accounts — the whole account. Such roles should be few, ' +
    'deliberate and tightly trusted; elsewhere, roles should carry only what their workload needs.',
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.role'],
  requires: ['aws.iam.policy'],
  messages: {
    admin: 'IAM role {{name}} has full administrator access through {{grants}}',
  },
  remediation: {
    text:
      'Replace the administrator policy with one scoped to what the role is for. Where a break-glass admin ' +
      'role is intended, restrict its trust policy to named principals with MFA and suppress this finding ' +
      'with that reason.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  check(role, ctx) {
    const grants = fullAdminGrants(role.config, ctx.assets('aws.iam.policy', { account: role.account }));
    if (grants.length > 0) return ctx.fail('admin', { name: role.name, grants: grants.join(', ') });
    return ctx.pass();
  },
});
