/** No one holds User Access Administrator at subscription scope or above. */
import { scopeLevel } from '../../../inventory/azure/authorization.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-authorization-no-user-access-administrator',
  title: 'No one holds User Access Administrator at subscription scope or above',
  description:
    'User Access Administrator can grant any role, including Owner, to anyone: it is a path to full control. It is meant for short break-glass use (for example after elevating access as a Global Administrator) and should not stay assigned at the root, a management group or a subscription.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['azure.authorization.role-assignment'],
  messages: {
    assigned:
      'Role assignment {{name}} gives User Access Administrator to {{principalType}} {{principal}} at {{scope}}',
  },
  remediation: {
    text: 'Remove the assignment; grant access through PIM (eligible, time-bound) when it is really needed.',
    cli: 'az role assignment delete --assignee <principal-id> --role "User Access Administrator" --scope <scope>',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin',
  ],
  check(a, ctx) {
    if (need(a.config, 'roleName') !== 'User Access Administrator') return ctx.pass();
    const scope = need(a.config, 'scope');
    const level = scopeLevel(scope);
    if (level === 'resource-group' || level === 'resource') return ctx.pass({ scope });
    return ctx.fail('assigned', {
      name: a.name,
      principalType: need(a.config, 'principalType'),
      principal: need(a.config, 'principalId'),
      scope: scope === '' ? '/' : scope,
    });
  },
});
