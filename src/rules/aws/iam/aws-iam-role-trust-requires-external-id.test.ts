import { unknown } from '../../../model/unknown.js';
import type { PolicyStatement } from '../../../inventory/aws/policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, ec2Trust, secureRole } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-role-trust-requires-external-id.js';

const role = (...Statement: PolicyStatement[]) =>
  assetOf(
    'aws.iam.role',
    { ...secureRole, trustPolicy: { Version: '2012-10-17', Statement } },
    { name: 'vendor-access', region: 'global', account: ACCOUNT_ID },
  );
const vendor = { AWS: 'arn:aws:iam::444455556666:root' };

runRuleTests(rule, {
  valid: [
    role({
      Effect: 'Allow',
      Principal: vendor,
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'a1b2c3' } },
    }),
    {
      name: 'people from another account with MFA',
      asset: role({
        Effect: 'Allow',
        Principal: { AWS: '444455556666' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
      }),
    },
    {
      name: 'an account of the same organization',
      asset: role({
        Effect: 'Allow',
        Principal: vendor,
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
    },
  ],
  invalid: [
    {
      asset: role({ Effect: 'Allow', Principal: vendor, Action: 'sts:AssumeRole' }),
      messageId: 'unguarded',
      message:
        'IAM role vendor-access can be assumed from other accounts (arn:aws:iam::444455556666:root) without an external ID or MFA condition',
    },
    {
      name: 'BoolIfExists MFA still admits access keys',
      asset: role({
        Effect: 'Allow',
        Principal: { AWS: ['arn:aws:iam::444455556666:role/ci', `arn:aws:iam::${ACCOUNT_ID}:role/local`] },
        Action: 'sts:*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } },
      }),
      messageId: 'unguarded',
      message:
        'IAM role vendor-access can be assumed from other accounts (arn:aws:iam::444455556666:role/ci) without an external ID or MFA condition',
    },
  ],
  unknown: [
    {
      asset: assetOf(
        'aws.iam.role',
        { ...secureRole, trustPolicy: unknown('not in the record') },
        { name: 'r' },
      ),
      field: 'trustPolicy',
    },
  ],
  notApplicable: [
    { name: 'a service role', asset: role(...ec2Trust.Statement) },
    {
      name: 'only its own account',
      asset: role({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` },
        Action: 'sts:AssumeRole',
      }),
    },
  ],
});
