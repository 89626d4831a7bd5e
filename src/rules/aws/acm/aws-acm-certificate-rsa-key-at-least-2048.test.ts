import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAcmCertificate } from '../testing/app-fixtures.js';
import { rule } from './aws-acm-certificate-rsa-key-at-least-2048.js';

const cert = (config: Partial<typeof secureAcmCertificate>) =>
  assetOf('aws.acm.certificate', { ...secureAcmCertificate, ...config }, { name: 'shop.example.com' });

runRuleTests(rule, {
  valid: [cert({}), cert({ keyAlgorithm: 'RSA_4096' })],
  invalid: [
    {
      asset: cert({ keyAlgorithm: 'RSA_1024' }),
      messageId: 'weak',
      message: 'ACM certificate shop.example.com uses a RSA_1024 key (RSA keys need at least 2048 bits)',
    },
  ],
  notApplicable: [cert({ keyAlgorithm: 'EC_prime256v1' })],
  unknown: [{ asset: cert({ keyAlgorithm: unknown('not recorded') }), field: 'keyAlgorithm' }],
});
