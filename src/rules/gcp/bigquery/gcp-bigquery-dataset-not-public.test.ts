import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDataset } from '../testing/fixtures.js';
import { rule } from './gcp-bigquery-dataset-not-public.js';

const ds = (config: Partial<typeof secureDataset>) =>
  assetOf('gcp.bigquery.dataset', { ...secureDataset, ...config }, { name: 'sales', region: 'us' });

runRuleTests(rule, {
  valid: [ds({}), ds({ access: [] })],
  invalid: [
    {
      asset: ds({
        access: [
          { role: 'READER', member: 'allAuthenticatedUsers' },
          { role: 'roles/bigquery.dataViewer', member: 'allUsers' },
        ],
      }),
      messageId: 'public',
      message: 'BigQuery dataset sales is shared with allAuthenticatedUsers and allUsers',
    },
  ],
  unknown: [{ asset: ds({ access: unknown('no data') }), field: 'access' }],
});
