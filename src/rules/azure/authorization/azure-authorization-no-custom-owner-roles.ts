/** No custom role grants owner-level permissions at subscription scope. */
import { scopeLevel } from '../../../inventory/azure/authorization.js';
import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'azure-authorization-no-custom-owner-roles',
  title: 'No custom role grants owner-level permissions at subscription scope',
  description:
    'A custom role with the action `*` assignable at a subscription (or the root or a management group) is an Owner under another name, easy to miss in reviews of who holds Owner.',
  severity: 'high',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['azure.authorization.role-definition'],
  messages: {
    owner: 'Custom role {{role}} allows every action (*) and is assignable at {{scopes}}',
  },
  remediation: {
    text: 'Narrow the role to the actions it needs, or delete it and use built-in roles.',
    cli: 'az role definition delete --name <role-name>',
  },
  references: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles'],
  check(a, ctx) {
    if (need(a.config, 'roleType') !== 'CustomRole') return ctx.notApplicable('a built-in role');
    if (!need(a.config, 'actions').includes('*')) return ctx.pass();
    const wide = need(a.config, 'assignableScopes').filter((s) =>
      ['root', 'management-group', 'subscription'].includes(scopeLevel(s)),
    );
    return wide.length === 0
      ? ctx.pass()
      : ctx.fail('owner', {
          role: need(a.config, 'roleName'),
          scopes: wide.map((s) => (s === '' ? '/' : s)).join(', '),
        });
  },
});
