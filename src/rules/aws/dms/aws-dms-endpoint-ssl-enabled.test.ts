import type { ConfigOf } from '../../../inventory/types.js';
import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { rule } from './aws-dms-endpoint-ssl-enabled.js';

const endpoint = (config: Partial<ConfigOf<'aws.dms.endpoint'>>) =>
  assetOf(
    'aws.dms.endpoint',
    { endpointType: 'source', engineName: 'postgres', sslMode: 'require', ...config },
    { name: 'orders-source' },
  );

runRuleTests(rule, {
  valid: [endpoint({}), endpoint({ sslMode: 'verify-full' })],
  invalid: [
    {
      asset: endpoint({ sslMode: 'none' }),
      messageId: 'off',
      message: 'DMS source endpoint orders-source (postgres) does not use SSL (SSL mode none)',
    },
  ],
  unknown: [
    { asset: endpoint({ sslMode: unknown('not recorded') }), field: 'sslMode' },
    { asset: endpoint({ engineName: unknown('not recorded') }), field: 'engineName' },
  ],
  notApplicable: [endpoint({ engineName: 's3', sslMode: 'none' })],
});
