import { unknown } from '../../../model/unknown.js';
import type { PolicyDocument } from '../../../inventory/aws/policy.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { securePolicy } from '../testing/identity-fixtures.js';
import { rule } from './aws-kms-iam-policy-no-decrypt-all-keys.js';

const policy = (document: PolicyDocument | ReturnType<typeof unknown>, awsManaged = false) =>
  assetOf('aws.iam.policy', { ...securePolicy, document, awsManaged }, { name: 'app', region: 'global' });
const doc = (stmt: PolicyDocument['Statement'][number]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [stmt],
});
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1111aaaa-2222-bbbb-3333-cccc4444dddd';

runRuleTests(rule, {
  valid: [
    policy(securePolicy.document),
    policy(doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY })),
    policy(
      doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:key/*' }),
    ),
    policy(doc({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' })),
    policy(doc({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' })),
  ],
  invalid: [
    {
      asset: policy(doc({ Sid: 'Decrypt', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' })),
      messageId: 'allKeys',
      message: 'Policy app allows kms:Decrypt on every KMS key (statement Decrypt)',
    },
    {
      name: 'kms:* on every key ARN',
      asset: policy(doc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:*:key/*' })),
      messageId: 'allKeys',
      message: 'Policy app allows kms:Decrypt, kms:ReEncryptFrom on every KMS key (statement #1)',
    },
    {
      name: 'NotAction and NotResource',
      asset: policy(doc({ Effect: 'Allow', NotAction: 'iam:*', NotResource: KEY })),
      messageId: 'allKeys',
    },
  ],
  unknown: [{ asset: policy(unknown('not recorded')), field: 'document' }],
  notApplicable: [policy(doc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), true)],
});
