import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureCertificateAuthority } from '../testing/apps-fixtures.js';
import { rule } from './aws-acmpca-root-ca-disabled.js';

const ca = (c: Partial<typeof secureCertificateAuthority>) =>
  assetOf(
    'aws.acmpca.certificate-authority',
    { ...secureCertificateAuthority, ...c },
    { name: '11111111-2222-3333-4444-555555555555' },
  );

runRuleTests(rule, {
  valid: [ca({})],
  invalid: [
    {
      asset: ca({ status: 'ACTIVE' }),
      messageId: 'enabled',
      message:
        'AWS Private CA root certificate authority 11111111-2222-3333-4444-555555555555 is ACTIVE, not disabled',
    },
  ],
  unknown: [
    { asset: ca({ status: unknown('not recorded') }), field: 'status' },
    { asset: ca({ caType: unknown('not recorded') }), field: 'caType' },
  ],
  notApplicable: [
    ca({ caType: 'SUBORDINATE', status: 'ACTIVE' }),
    { name: 'a subordinate CA needs no status', asset: ca({ caType: 'SUBORDINATE', status: unknown('x') }) },
  ],
});
