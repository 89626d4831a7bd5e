import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureTable } from '../testing/fixtures.js';
import { rule } from './gcp-bigquery-table-cmek-encrypted.js';

const table = (config: Partial<typeof secureTable>) =>
  assetOf('gcp.bigquery.table', { ...secureTable, ...config }, { name: 'sales.orders', region: 'us' });

runRuleTests(rule, {
  valid: [table({})],
  invalid: [
    {
      asset: table({ kmsKeyName: null }),
      messageId: 'none',
      message: 'BigQuery table sales.orders is not encrypted with a customer-managed key',
    },
  ],
  unknown: [{ asset: table({ kmsKeyName: unknown('no data') }), field: 'kmsKeyName' }],
  notApplicable: [{ name: 'view', asset: table({ tableType: 'VIEW', kmsKeyName: null }) }],
});
