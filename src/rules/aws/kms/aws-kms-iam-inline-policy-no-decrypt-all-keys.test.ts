import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureRole, secureUser } from '../testing/identity-fixtures.js';
import { rule } from './aws-kms-iam-inline-policy-no-decrypt-all-keys.js';

const decryptAll = {
  name: 'kms',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow' as const, Action: 'kms:Decrypt', Resource: '*' }],
  },
};

runRuleTests(rule, {
  valid: [
    assetOf('aws.iam.role', secureRole, { name: 'app', region: 'global' }),
    assetOf('aws.iam.user', secureUser, { name: 'bob', region: 'global' }),
  ],
  invalid: [
    {
      asset: assetOf(
        'aws.iam.role',
        { ...secureRole, inlinePolicies: [decryptAll] },
        { name: 'app', region: 'global' },
      ),
      messageId: 'allKeys',
      message: 'IAM principal app inline policy kms allows kms:Decrypt on every KMS key (statement #1)',
    },
    {
      asset: assetOf(
        'aws.iam.user',
        { ...secureUser, inlinePolicies: [decryptAll] },
        { name: 'bob', region: 'global' },
      ),
      messageId: 'allKeys',
    },
  ],
  unknown: [
    {
      asset: assetOf(
        'aws.iam.role',
        { ...secureRole, inlinePolicies: unknown('denied') },
        { name: 'app', region: 'global' },
      ),
      field: 'inlinePolicies',
    },
  ],
});
