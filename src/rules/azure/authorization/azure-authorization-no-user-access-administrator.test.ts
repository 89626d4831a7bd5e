import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { SUBSCRIPTION_UID, roleAssignmentConfig } from '../testing/fixtures.js';
import { rule } from './azure-authorization-no-user-access-administrator.js';

const subject = (c: Partial<ReturnType<typeof roleAssignmentConfig>>) =>
  assetOf('azure.authorization.role-assignment', roleAssignmentConfig(c), { name: 'ra-1' });

runRuleTests(rule, {
  valid: [
    subject({}),
    subject({ roleName: 'User Access Administrator', scope: `${SUBSCRIPTION_UID}/resourcegroups/rg-app` }),
  ],
  invalid: [
    {
      asset: subject({
        roleName: 'User Access Administrator',
        roleDefinitionId: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
      }),
      messageId: 'assigned',
    },
    { asset: subject({ roleName: 'User Access Administrator', scope: '/' }), messageId: 'assigned' },
  ],
  unknown: [{ asset: subject({ roleName: unknown('x') }), field: 'roleName' }],
});
