import { describe, expect, it } from 'vitest';
import { judge } from './testing/judge.js';

const POLICY = 'aws-iam-policy-no-full-admin';
const ROLE = 'aws-iam-role-no-admin-access';
const USER = 'aws-iam-user-no-admin-access';
const RULES = [POLICY, ROLE, USER];

const doc = (action: string, resource = '*') =>
  `jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "${action}", Resource = "${resource}" }] })`;
const trust = `jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })`;

describe('aws_iam_policy', () => {
  it('valid / invalid / unknown', async () => {
    const got = await judge(
      `variable "doc" {}
resource "aws_iam_policy" "scoped" {
  name   = "scoped"
  policy = ${doc('s3:GetObject', 'arn:aws:s3:::b/*')}
}
resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = ${doc('*')}
}
resource "aws_iam_policy" "fromvar" {
  name   = "fromvar"
  policy = var.doc
}`,
      [POLICY],
    );
    expect(got).toEqual({
      [`aws_iam_policy.scoped ${POLICY}`]: 'pass main.tf:4',
      [`aws_iam_policy.admin ${POLICY}`]: 'fail main.tf:8',
      [`aws_iam_policy.fromvar ${POLICY}`]: 'error main.tf:12',
    });
  });
});

describe('aws_iam_role (+ inline policies and attachments)', () => {
  it('valid: a role with a scoped inline policy and an attached scoped policy passes', async () => {
    const got = await judge(
      `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${trust}
}
resource "aws_iam_role_policy" "read" {
  role   = aws_iam_role.app.id
  policy = ${doc('s3:GetObject')}
}
resource "aws_iam_policy" "scoped" {
  name   = "scoped"
  policy = ${doc('sqs:SendMessage')}
}
resource "aws_iam_role_policy_attachment" "scoped" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.scoped.arn
}`,
      RULES,
    );
    expect(got).toEqual({
      [`aws_iam_role.app ${ROLE}`]: 'pass main.tf:7',
      [`aws_iam_policy.scoped ${POLICY}`]: 'pass main.tf:11',
    });
  });

  it('invalid: an attached admin policy of this configuration, or AdministratorAccess, fails the role', async () => {
    const got = await judge(
      `resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = ${trust}
}
resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = ${doc('*')}
}
resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.ops.name
  policy_arn = aws_iam_policy.admin.arn
}
resource "aws_iam_role" "breakglass" {
  name                = "breakglass"
  assume_role_policy  = ${trust}
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}`,
      RULES,
    );
    expect(got).toEqual({
      [`aws_iam_role.ops ${ROLE}`]: 'fail main.tf:11',
      [`aws_iam_policy.admin ${POLICY}`]: 'fail main.tf:7',
      [`aws_iam_role.breakglass ${ROLE}`]: 'fail main.tf:16',
    });
  });

  it('inline policies of an undeclared role: an admin grant fails, anything else is unknown (other policies unseen)', async () => {
    const got = await judge(
      `resource "aws_iam_role_policy" "admin" {
  role   = aws_iam_role.elsewhere.id
  policy = ${doc('*')}
}
resource "aws_iam_role_policy" "scoped" {
  role   = "other-role"
  policy = ${doc('s3:GetObject')}
}`,
      RULES,
    );
    expect(got).toEqual({
      [`aws_iam_role_policy.admin ${ROLE}`]: 'fail main.tf:3',
      [`aws_iam_role_policy.scoped ${ROLE}`]: 'error main.tf:5',
    });
  });

  it('unknown: an inline policy from a variable without a value', async () => {
    const got = await judge(
      `variable "doc" {}
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = ${trust}
  inline_policy {
    name   = "p"
    policy = var.doc
  }
}`,
      [ROLE],
    );
    expect(got).toEqual({ [`aws_iam_role.app ${ROLE}`]: 'error main.tf:2' });
  });
});

describe('aws_iam_user (+ user policies)', () => {
  it('valid / invalid', async () => {
    const got = await judge(
      `resource "aws_iam_user" "ci" {
  name = "ci"
}
resource "aws_iam_user_policy" "deploy" {
  user   = aws_iam_user.ci.name
  policy = ${doc('s3:PutObject')}
}
resource "aws_iam_user" "root_like" {
  name = "root-like"
}
resource "aws_iam_user_policy" "all" {
  name   = "all"
  user   = aws_iam_user.root_like.name
  policy = ${doc('*')}
}`,
      [USER],
    );
    expect(got).toEqual({
      [`aws_iam_user.ci ${USER}`]: 'pass main.tf:6',
      [`aws_iam_user.root_like ${USER}`]: 'fail main.tf:14',
    });
  });
});
