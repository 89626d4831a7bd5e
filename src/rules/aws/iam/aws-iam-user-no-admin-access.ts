import { defineRule } from '../../api.js';
import { fullAdminGrants } from './permissions.js';

export const rule = defineRule({
  id: 'aws-iam-user-no-admin-access',
  title: 'IAM users do not have full administrator access',
  description:
    'A user with AdministratorAccess (or any policy allowing every action on every resource) holds ' +
    'long-lived credentials to the whole account. Administration is safer through roles assumed on ' +
    'demand, with MFA, so that the power is temporary and every use is logged as such.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.user'],
  requires: ['aws.iam.policy'],
  messages: {
    admin: 'IAM user {{name}} has full administrator access through {{grants}}',
  },
  remediation: {
    text:
      'Remove the administrator policy from the user; give administrators a role (or IAM Identity Center ' +
      'permission set) they assume with MFA when they need it.',
    cli: 'aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  check(user, ctx) {
    const grants = fullAdminGrants(user.config, ctx.assets('aws.iam.policy', { account: user.account }));
    if (grants.length > 0) return ctx.fail('admin', { name: user.name, grants: grants.join(', ') });
    return ctx.pass();
  },
});
