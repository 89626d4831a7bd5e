import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, fullAdmin, readOnlyS3, securePolicy, secureUser } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-user-no-admin-access.js';

const user = (config: Partial<typeof secureUser>) =>
  assetOf('aws.iam.user', { ...secureUser, ...config }, { name: 'dave', region: 'global' });
const policy = (name: string, config: Partial<typeof securePolicy>) =>
  assetOf(
    'aws.iam.policy',
    { ...securePolicy, ...config },
    { name, region: 'global', uid: `arn:aws:iam::${ACCOUNT_ID}:policy/${name}` },
  );
const arn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:policy/${name}`;

runRuleTests(rule, {
  valid: [
    user({}),
    {
      name: 'AWS managed look-alike and a scoped customer policy',
      asset: user({
        attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess-Amplify', arn('read')],
      }),
      related: [policy('read', {})],
    },
  ],
  invalid: [
    {
      asset: user({ attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
      messageId: 'admin',
      message: 'IAM user dave has full administrator access through AWS managed policy AdministratorAccess',
    },
    {
      name: 'customer managed and inline',
      asset: user({
        attachedPolicyArns: [arn('god-mode')],
        inlinePolicies: [
          { name: 'read', document: readOnlyS3 },
          { name: 'break-glass', document: fullAdmin },
        ],
      }),
      related: [policy('god-mode', { document: fullAdmin })],
      messageId: 'admin',
      message:
        'IAM user dave has full administrator access through policy god-mode, inline policy break-glass',
    },
    {
      name: 'an inline grant is enough even when an attached policy is missing',
      asset: user({
        attachedPolicyArns: [arn('missing')],
        inlinePolicies: [{ name: 'all', document: fullAdmin }],
      }),
      messageId: 'admin',
    },
  ],
  unknown: [
    {
      name: 'attached customer policy not in the inventory',
      asset: user({ attachedPolicyArns: [arn('missing')] }),
      field: 'attachedPolicyArns',
    },
    {
      name: 'credential report alone',
      asset: user({ attachedPolicyArns: unknown('the IAM credential report does not list policies') }),
      field: 'attachedPolicyArns',
    },
    {
      name: 'policy document unreadable',
      asset: user({ attachedPolicyArns: [arn('opaque')] }),
      related: [policy('opaque', { document: unknown('not valid JSON') })],
      field: 'attachedPolicyArns',
    },
  ],
});
