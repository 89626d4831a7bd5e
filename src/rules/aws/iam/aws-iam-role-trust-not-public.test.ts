import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRole } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-role-trust-not-public.js';

const role = (trustPolicy: (typeof secureRole)['trustPolicy']) =>
  assetOf('aws.iam.role', { ...secureRole, trustPolicy }, { name: 'shared', region: 'global' });

runRuleTests(rule, {
  valid: [
    role(secureRole.trustPolicy),
    {
      name: 'public principal limited to the organization',
      asset: role({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
          },
        ],
      }),
    },
  ],
  invalid: [
    {
      asset: role({
        Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }],
      }),
      messageId: 'public',
      message: 'IAM role shared can be assumed by any AWS principal (trust statement Anyone)',
    },
    {
      name: 'an external ID does not make a public principal private',
      asset: role({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: ['*'] },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': 'known-to-many' } },
          },
        ],
      }),
      messageId: 'public',
      message: 'IAM role shared can be assumed by any AWS principal (trust statement #1)',
    },
  ],
  unknown: [
    { asset: role(unknown('the trust policy is not valid (URL-encoded) JSON')), field: 'trustPolicy' },
  ],
});
