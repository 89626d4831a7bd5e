import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDataset } from '../testing/fixtures.js';
import { rule } from './gcp-bigquery-dataset-default-cmek.js';

const ds = (config: Partial<typeof secureDataset>) =>
  assetOf('gcp.bigquery.dataset', { ...secureDataset, ...config }, { name: 'sales', region: 'us' });

runRuleTests(rule, {
  valid: [ds({})],
  invalid: [
    {
      asset: ds({ defaultKmsKeyName: null }),
      messageId: 'none',
      message: 'BigQuery dataset sales has no default customer-managed key',
    },
  ],
  unknown: [{ asset: ds({ defaultKmsKeyName: unknown('no data') }), field: 'defaultKmsKeyName' }],
});
