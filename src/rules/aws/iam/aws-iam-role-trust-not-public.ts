import { trustStatementIsPublic } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-role-trust-not-public',
  title: 'IAM role trust policies do not let anyone assume the role',
  description:
    'A trust policy whose principal is "*" (or {"AWS": "*"}) without a condition that names the caller ' +
    'lets any AWS account in the world assume the role and use its permissions. An external ID does not ' +
    'help: it is not a secret.',
  severity: 'critical',
  category: 'identity',
  aspects: ['exposure', 'privilege'],
  assetTypes: ['aws.iam.role'],
  messages: {
    public: 'IAM role {{name}} can be assumed by any AWS principal (trust statement {{statements}})',
  },
  remediation: {
    text:
      'Name the accounts or roles that may assume the role in the Principal element, or add a condition ' +
      'such as aws:PrincipalOrgID or aws:PrincipalArn that limits who can.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html',
  ],
  check(role, ctx) {
    const trust = need(role.config, 'trustPolicy');
    const open = trust.Statement.map((s, i) => ({ s, label: s.Sid ?? `#${i + 1}` })).filter(({ s }) =>
      trustStatementIsPublic(s),
    );
    if (open.length === 0) return ctx.pass();
    return ctx.fail(
      'public',
      { name: role.name, statements: open.map((o) => o.label).join(', ') },
      { statements: open.map((o) => o.s) },
    );
  },
});
