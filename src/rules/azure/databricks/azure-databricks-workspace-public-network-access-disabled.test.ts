import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDatabricksWorkspace } from '../testing/fixtures.js';
import { rule } from './azure-databricks-workspace-public-network-access-disabled.js';

const subject = (config: Partial<typeof secureDatabricksWorkspace>) =>
  assetOf(
    'azure.databricks.workspace',
    { ...secureDatabricksWorkspace, ...config },
    { name: 'dbx-analytics' },
  );

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ publicNetworkAccess: 'Enabled' }), messageId: 'open' },
    { asset: subject({ publicNetworkAccess: null }), messageId: 'open' },
  ],
  unknown: [{ asset: subject({ publicNetworkAccess: unknown('x') }), field: 'publicNetworkAccess' }],
});
