import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureSqlInstance } from '../testing/fixtures.js';
import { rule } from './gcp-sql-instance-ssl-required.js';

const db = (config: Partial<typeof secureSqlInstance>) =>
  assetOf(
    'gcp.sql.instance',
    { ...secureSqlInstance, ...config },
    {
      name: 'orders-db',
      uid: '//cloudsql.googleapis.com/projects/acme-prod/instances/orders-db',
      region: 'us-east1',
    },
  );

runRuleTests(rule, {
  valid: [
    db({}),
    { name: 'client certificates required', asset: db({ sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' }) },
    { name: 'legacy requireSsl (no sslMode in the record)', asset: db({ sslMode: null, requireSsl: true }) },
  ],
  invalid: [
    {
      asset: db({ sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false }),
      messageId: 'unencrypted',
      message:
        'Cloud SQL instance orders-db accepts unencrypted connections (sslMode ALLOW_UNENCRYPTED_AND_ENCRYPTED)',
    },
    {
      name: 'older record: requireSsl off',
      asset: db({ sslMode: null, requireSsl: false }),
      messageId: 'unencrypted',
      message: 'Cloud SQL instance orders-db accepts unencrypted connections (requireSsl is off)',
    },
  ],
  unknown: [
    { asset: db({ sslMode: unknown('no data') }), field: 'sslMode' },
    { asset: db({ sslMode: null, requireSsl: unknown('no data') }), field: 'requireSsl' },
  ],
});
