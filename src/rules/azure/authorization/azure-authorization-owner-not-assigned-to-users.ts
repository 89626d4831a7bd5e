import { scopeLevel } from '../../../inventory/azure/authorization.js';
import { defineRule, need } from '../../api.js';

/** Scopes at which Owner controls at least a whole subscription. */
const BROAD_SCOPES = new Set(['subscription', 'management-group', 'root']);

export const rule = defineRule({
  id: 'azure-authorization-owner-not-assigned-to-users',
  title: 'Owner at subscription scope or above is not assigned directly to users',
  description:
    'A standing Owner assignment to an individual user is hard to review and easy to forget when people ' +
    'change roles, and it is always active, so a phished session is a subscription takeover. Assign ' +
    'Owner to groups (reviewed through access reviews) and make membership eligible through Privileged ' +
    'Identity Management. The rule applies to Owner assignments at a subscription, a management group ' +
    'or the tenant root.',
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['azure.authorization.role-assignment'],
  messages: {
    user: 'Owner at {{scope}} is assigned directly to user {{principal}}',
  },
  remediation: {
    text: 'Assign Owner to a group instead (ideally as a PIM-eligible assignment), add the user to it, then remove the direct assignment.',
    cli: 'az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role Owner --scope <scope> && az role assignment delete --assignee <user-object-id> --role Owner --scope <scope>',
    terraform:
      'resource "azurerm_role_assignment" "owners" {\n  scope                = data.azurerm_subscription.this.id\n  role_definition_name = "Owner"\n  principal_id         = azuread_group.owners.object_id # a group, not a user\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles',
  ],
  check(assignment, ctx) {
    const role = need(assignment.config, 'roleName');
    if (role !== 'Owner') return ctx.notApplicable('not an Owner assignment');
    const scope = need(assignment.config, 'scope');
    if (!BROAD_SCOPES.has(scopeLevel(scope))) return ctx.notApplicable('Owner below subscription scope');
    const type = need(assignment.config, 'principalType');
    const principal = need(assignment.config, 'principalId');
    const evidence = { principalId: principal, principalType: type, scope };
    if (type.toLowerCase() === 'user') return ctx.fail('user', { scope, principal }, evidence);
    return ctx.pass(evidence);
  },
});
