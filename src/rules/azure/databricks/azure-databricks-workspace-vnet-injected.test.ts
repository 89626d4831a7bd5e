import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDatabricksWorkspace } from '../testing/fixtures.js';
import { rule } from './azure-databricks-workspace-vnet-injected.js';

const subject = (config: Partial<typeof secureDatabricksWorkspace>) =>
  assetOf(
    'azure.databricks.workspace',
    { ...secureDatabricksWorkspace, ...config },
    { name: 'dbx-analytics' },
  );

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ customVirtualNetworkId: null }), messageId: 'managed' }],
  unknown: [{ asset: subject({ customVirtualNetworkId: unknown('x') }), field: 'customVirtualNetworkId' }],
});
