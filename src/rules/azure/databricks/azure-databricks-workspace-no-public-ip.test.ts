import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { secureDatabricksWorkspace } from '../testing/fixtures.js';
import { rule } from './azure-databricks-workspace-no-public-ip.js';

const subject = (config: Partial<typeof secureDatabricksWorkspace>) =>
  assetOf(
    'azure.databricks.workspace',
    { ...secureDatabricksWorkspace, ...config },
    { name: 'dbx-analytics' },
  );

runRuleTests(rule, {
  valid: [subject({})],
  invalid: [
    { asset: subject({ noPublicIp: false }), messageId: 'public' },
    { asset: subject({ noPublicIp: null }), messageId: 'public' },
  ],
  unknown: [{ asset: subject({ noPublicIp: unknown('x') }), field: 'noPublicIp' }],
});
