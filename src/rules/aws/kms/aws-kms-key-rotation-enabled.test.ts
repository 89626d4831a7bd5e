import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureKmsKey } from '../testing/fixtures.js';
import { rule } from './aws-kms-key-rotation-enabled.js';

const key = (config: Partial<typeof secureKmsKey>) =>
  assetOf('aws.kms.key', { ...secureKmsKey, ...config }, { name: '1234abcd-12ab-34cd-56ef-1234567890ab' });

runRuleTests(rule, {
  valid: [key({})],
  invalid: [
    {
      asset: key({ rotationEnabled: false }),
      messageId: 'off',
      message: 'KMS key 1234abcd-12ab-34cd-56ef-1234567890ab does not rotate its key material automatically',
    },
  ],
  unknown: [
    {
      name: 'AWS Config did not record rotation',
      asset: key({ rotationEnabled: unknown('AWS Config did not record key rotation') }),
      field: 'rotationEnabled',
    },
    { asset: key({ keyManager: unknown('not recorded') }), field: 'keyManager' },
  ],
  notApplicable: [
    { name: 'AWS managed', asset: key({ keyManager: 'AWS', rotationEnabled: false }) },
    {
      name: 'asymmetric',
      asset: key({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: false }),
    },
    { name: 'pending deletion', asset: key({ keyState: 'PendingDeletion', rotationEnabled: false }) },
    { name: 'imported material', asset: key({ origin: 'EXTERNAL', rotationEnabled: false }) },
    {
      name: 'AWS managed with rotation unknown',
      asset: key({ keyManager: 'AWS', rotationEnabled: unknown('x') }),
    },
  ],
});
