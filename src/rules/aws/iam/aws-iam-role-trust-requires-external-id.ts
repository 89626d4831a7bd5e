import {
  crossAccountPrincipals,
  requiresExternalId,
  requiresMfa,
  requiresOrganization,
  statementAllowsAction,
} from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-iam-role-trust-requires-external-id',
  title: 'Roles trusted by other accounts require an external ID or MFA',
  description:
    'A role that another account may assume is open to the confused-deputy problem: a third party acting ' +
    "for several customers can be tricked into using its access to your role on someone else's behalf. " +
    'Requiring sts:ExternalId (for services acting for you) or MFA (for people) closes that gap. Trust ' +
    'limited to your own AWS Organization (aws:PrincipalOrgID) is not cross-party and passes. Public trust ' +
    'is judged by aws-iam-role-trust-not-public.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['aws.iam.role'],
  messages: {
    unguarded:
      'IAM role {{name}} can be assumed from other accounts ({{principals}}) without an external ID or MFA condition',
  },
  remediation: {
    text:
      'Add a condition to the trust statement: "StringEquals": {"sts:ExternalId": "<id agreed with the ' +
      'third party>"} for a vendor, or "Bool": {"aws:MultiFactorAuthPresent": "true"} for people.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-external-id.json',
    terraform:
      'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::<vendor-account>:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "sts:ExternalId"\n      values   = [var.external_id]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  ],
  check(role, ctx) {
    const trust = need(role.config, 'trustPolicy');
    const assumable = trust.Statement.filter(
      (s) => s.Effect === 'Allow' && statementAllowsAction(s, 'sts:AssumeRole'),
    );
    const crossAccount = assumable.filter((s) => crossAccountPrincipals(s, role.account).length > 0);
    if (crossAccount.length === 0) return ctx.notApplicable('the role trusts no other AWS account');
    const unguarded = crossAccount.filter(
      (s) => !requiresExternalId(s) && !requiresMfa(s) && !requiresOrganization(s),
    );
    if (unguarded.length === 0) return ctx.pass();
    const principals = [...new Set(unguarded.flatMap((s) => crossAccountPrincipals(s, role.account)))];
    return ctx.fail(
      'unguarded',
      { name: role.name, principals: principals.join(', ') },
      { statements: unguarded },
    );
  },
});
