import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureVolume } from '../testing/fixtures.js';
import { rule } from './aws-ec2-volume-encrypted.js';

const volume = (config: Partial<typeof secureVolume>) =>
  assetOf('aws.ec2.volume', { ...secureVolume, ...config }, { name: 'vol-0123456789abcdef0' });

runRuleTests(rule, {
  valid: [volume({})],
  invalid: [
    {
      asset: volume({ encrypted: false, kmsKeyId: null }),
      messageId: 'unencrypted',
      message: 'EBS volume vol-0123456789abcdef0 is not encrypted',
    },
  ],
  unknown: [{ asset: volume({ encrypted: unknown('not recorded') }), field: 'encrypted' }],
});
