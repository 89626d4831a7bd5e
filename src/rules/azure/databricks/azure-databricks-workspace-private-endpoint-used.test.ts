import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDatabricksWorkspace } from '../testing/fixtures.js';
import { rule } from './azure-databricks-workspace-private-endpoint-used.js';

const subject = (config: Partial<typeof secureDatabricksWorkspace>) =>
  assetOf(
    'azure.databricks.workspace',
    { ...secureDatabricksWorkspace, ...config },
    { name: 'dbx-analytics' },
  );

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [{ asset: subject({ privateEndpointConnections: 0 }), messageId: 'none' }],
  unknown: [
    { asset: subject({ privateEndpointConnections: unknown('x') }), field: 'privateEndpointConnections' },
  ],
});
