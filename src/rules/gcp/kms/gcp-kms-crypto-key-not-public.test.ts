import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCryptoKey } from '../testing/fixtures.js';
import { rule } from './gcp-kms-crypto-key-not-public.js';

const key = (config: Partial<typeof secureCryptoKey>) =>
  assetOf('gcp.kms.crypto-key', { ...secureCryptoKey, ...config }, { name: 'data', region: 'us-east1' });

runRuleTests(rule, {
  valid: [key({})],
  invalid: [
    {
      name: 'allAuthenticatedUsers under a condition still grants',
      asset: key({
        iamBindings: [
          {
            role: 'roles/cloudkms.cryptoKeyDecrypter',
            members: ['allAuthenticatedUsers'],
            condition: { title: 'temp', expression: 'true', description: null },
          },
          { role: 'roles/cloudkms.viewer', members: ['allUsers'], condition: null },
        ],
      }),
      messageId: 'public',
      message:
        'Cloud KMS key data grants access to the public: allAuthenticatedUsers (roles/cloudkms.cryptoKeyDecrypter (if: temp)), allUsers (roles/cloudkms.viewer)',
    },
  ],
  unknown: [{ asset: key({ iamBindings: unknown('resource export only') }), field: 'iamBindings' }],
});
