import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKmsKey } from '../testing/fixtures.js';
import { rule } from './aws-kms-key-not-public.js';

const key = (config: Partial<typeof secureKmsKey>) =>
  assetOf('aws.kms.key', { ...secureKmsKey, ...config }, { name: 'k1' });

runRuleTests(rule, {
  valid: [
    key({}),
    {
      name: 'everyone, narrowed to one calling account',
      asset: key({
        policy: {
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Action: ['kms:Decrypt'],
              Resource: '*',
              Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } },
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      asset: key({
        policy: {
          Statement: [{ Sid: 'Open', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
        },
      }),
      messageId: 'public',
      message: 'KMS key k1 policy allows kms:* to any principal (statement Open)',
    },
  ],
  unknown: [{ asset: key({ policy: unknown('kms:GetKeyPolicy denied') }), field: 'policy' }],
});
