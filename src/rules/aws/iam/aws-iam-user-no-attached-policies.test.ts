import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { readOnlyS3, secureUser } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-no-attached-policies.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'carol', region: 'global' });

runRuleTests(rule, {
  valid: [user({})],
  invalid: [
    {
      asset: user({
        attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        inlinePolicies: [{ name: 'extra-s3', document: readOnlyS3 }],
      }),
      messageId: 'direct',
      message: 'IAM user carol has policies attached directly: managed ReadOnlyAccess, inline extra-s3',
    },
    {
      name: 'a known attached policy fails even when inline policies are unknown',
      asset: user({
        attachedPolicyArns: ['arn:aws:iam::111122223333:policy/team/deploy'],
        inlinePolicies: unknown('not in the source'),
      }),
      messageId: 'direct',
      message: 'IAM user carol has policies attached directly: managed deploy',
    },
  ],
  unknown: [
    {
      name: 'credential report alone: policies not listed',
      asset: user({
        attachedPolicyArns: unknown('the IAM credential report does not list policies or groups'),
        inlinePolicies: unknown('the IAM credential report does not list policies or groups'),
      }),
      field: 'attachedPolicyArns',
    },
  ],
});
