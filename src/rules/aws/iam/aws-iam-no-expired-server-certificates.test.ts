import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ACCOUNT_ID, daysAgo, secureAccount } from '../testing/identity-fixtures.js';
import { rule } from './aws-iam-no-expired-server-certificates.js';

const account = (config: Partial<typeof secureAccount>) =>
  assetOf('aws.account', { ...secureAccount, ...config }, { name: ACCOUNT_ID, region: 'global' });

runRuleTests(rule, {
  valid: [account({}), account({ serverCertificates: [{ name: 'shop', expiresAt: daysAgo(-30) }] })],
  invalid: [
    {
      asset: account({
        serverCertificates: [
          { name: 'shop', expiresAt: daysAgo(-30) },
          { name: 'old-shop', expiresAt: '2025-01-01T00:00:00.000Z' },
        ],
      }),
      messageId: 'expired',
      message: 'Account 111122223333 stores expired server certificates in IAM: old-shop (2025-01-01)',
    },
  ],
  unknown: [
    {
      asset: account({ serverCertificates: unknown('iam:ListServerCertificates was denied') }),
      field: 'serverCertificates',
    },
  ],
});
