import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureAcmCertificate } from '../testing/app-fixtures.js';
import { rule } from './aws-acm-certificate-not-expiring.js';

const cert = (config: Partial<typeof secureAcmCertificate>) =>
  assetOf('aws.acm.certificate', { ...secureAcmCertificate, ...config }, { name: 'shop.example.com' });

runRuleTests(rule, {
  valid: [cert({})],
  invalid: [
    {
      asset: cert({ notAfter: '2026-06-15T00:00:00.000Z' }),
      messageId: 'expiring',
      message: 'ACM certificate shop.example.com expires on 2026-06-15, in 14 days',
    },
    {
      asset: cert({ status: 'EXPIRED', notAfter: '2026-05-01T00:00:00.000Z' }),
      messageId: 'expired',
      message: 'ACM certificate shop.example.com expired on 2026-05-01',
    },
  ],
  notApplicable: [cert({ status: 'PENDING_VALIDATION', notAfter: null })],
  unknown: [{ asset: cert({ notAfter: unknown('not recorded') }), field: 'notAfter' }],
});
