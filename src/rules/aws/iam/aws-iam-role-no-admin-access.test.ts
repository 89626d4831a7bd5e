import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, fullAdmin, securePolicy, secureRole } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-role-no-admin-access.js';

const role = (config: Partial<typeof secureRole>) =>
  assetOf('aws.iam.role', { ...secureRole, ...config }, { name: 'app', region: 'global' });
const arn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:policy/${name}`;

runRuleTests(rule, {
  valid: [role({})],
  invalid: [
    {
      asset: role({ attachedPolicyArns: ['arn:aws-us-gov:iam::aws:policy/AdministratorAccess'] }),
      messageId: 'admin',
      message: 'IAM role app has full administrator access through AWS managed policy AdministratorAccess',
    },
    {
      name: 'attached customer managed policy',
      asset: role({ attachedPolicyArns: [arn('all')] }),
      related: [
        assetOf('aws.iam.policy', { ...securePolicy, document: fullAdmin }, { name: 'all', uid: arn('all') }),
      ],
      messageId: 'admin',
      message: 'IAM role app has full administrator access through policy all',
    },
  ],
  unknown: [
    {
      asset: role({ inlinePolicies: unknown('inline policy x is not valid JSON') }),
      field: 'inlinePolicies',
    },
    { asset: role({ attachedPolicyArns: [arn('elsewhere')] }), field: 'attachedPolicyArns' },
  ],
});
