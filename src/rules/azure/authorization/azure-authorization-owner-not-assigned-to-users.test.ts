import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ROLE_IDS, roleAssignmentConfig, SUBSCRIPTION_UID } from '../testing/fixtures.js';
import { rule } from './azure-authorization-owner-not-assigned-to-users.js';

const assignment = (overrides: Parameters<typeof roleAssignmentConfig>[0] = {}) =>
  assetOf('azure.authorization.role-assignment', roleAssignmentConfig(overrides), {
    uid: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roleassignments/ra-1`,
    name: 'ra-1',
    region: 'global',
  });

runRuleTests(rule, {
  valid: [assignment(), assignment({ principalType: 'ServicePrincipal' })],
  invalid: [
    {
      asset: assignment({ principalType: 'User', principalId: '44444444-0000-4000-8000-000000000090' }),
      messageId: 'user',
      message: `Owner at ${SUBSCRIPTION_UID} is assigned directly to user 44444444-0000-4000-8000-000000000090`,
    },
    {
      name: 'at a management group',
      asset: assignment({
        principalType: 'User',
        scope: '/providers/microsoft.management/managementgroups/mg-platform',
      }),
      messageId: 'user',
    },
  ],
  unknown: [
    {
      asset: assignment({ principalType: unknown('properties.principalType is absent') }),
      field: 'principalType',
    },
    { asset: assignment({ roleName: unknown('no properties') }), field: 'roleName' },
  ],
  notApplicable: [
    assignment({
      principalType: 'User',
      roleName: 'Reader',
      roleDefinitionId: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roledefinitions/${ROLE_IDS.reader}`,
    }),
    assignment({ principalType: 'User', scope: `${SUBSCRIPTION_UID}/resourcegroups/rg-app` }),
  ],
});
