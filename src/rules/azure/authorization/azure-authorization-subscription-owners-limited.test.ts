import { unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { ROLE_IDS, roleAssignmentConfig, subscriptionConfig, SUBSCRIPTION_UID } from '../testing/fixtures.js';
import { rule } from './azure-authorization-subscription-owners-limited.js';

const subscription = assetOf('azure.subscription', subscriptionConfig, {
  uid: SUBSCRIPTION_UID,
  name: 'Production',
  region: 'global',
});
const assignment = (n: number, overrides: Parameters<typeof roleAssignmentConfig>[0] = {}) =>
  assetOf(
    'azure.authorization.role-assignment',
    roleAssignmentConfig({ principalId: `principal-${n}`, ...overrides }),
    {
      uid: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roleassignments/ra-${n}`,
      name: `ra-${n}`,
      region: 'global',
    },
  );
const owners = (n: number) => Array.from({ length: n }, (_, i) => assignment(i));
const reader = (n: number) =>
  assignment(100 + n, {
    roleName: 'Reader',
    roleDefinitionId: `${SUBSCRIPTION_UID}/providers/microsoft.authorization/roledefinitions/${ROLE_IDS.reader}`,
  });

runRuleTests(rule, {
  valid: [
    { name: 'three owners', asset: subscription, related: [...owners(3), reader(1), reader(2)] },
    {
      name: 'no direct owners, where the source records role assignments',
      asset: subscription,
      complete: ['azure.authorization.role-assignment'],
    },
    {
      name: 'owners at resource group scope do not count',
      asset: subscription,
      related: [
        ...owners(2),
        ...[5, 6, 7].map((n) => assignment(n, { scope: `${SUBSCRIPTION_UID}/resourcegroups/rg-app` })),
      ],
    },
  ],
  invalid: [
    {
      asset: subscription,
      related: owners(4),
      messageId: 'tooMany',
      message: 'Subscription Production has 4 Owner role assignments (at most 3)',
    },
  ],
  unknown: [
    {
      name: 'no role assignments, and nothing says the source records them',
      asset: subscription,
      field: 'role assignments',
    },
    {
      name: 'an assignment whose scope was not read',
      asset: subscription,
      related: [...owners(1), assignment(9, { scope: unknown('no properties') })],
      field: 'ra-9.scope',
    },
  ],
});
