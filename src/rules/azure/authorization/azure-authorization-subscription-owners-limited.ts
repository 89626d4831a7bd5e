import { defineRule, known } from '../../api.js';

const MAX_OWNERS = 3;

export const rule = defineRule({
  id: 'azure-authorization-subscription-owners-limited',
  title: 'Subscriptions have at most 3 Owner role assignments',
  description:
    'Owner is full control of every resource in the subscription and of who else may access it. Each ' +
    'additional Owner is another account whose compromise hands over the subscription. Microsoft ' +
    'recommends at most 3 subscription owners. The rule counts Owner assignments made at the ' +
    'subscription itself (not inherited from management groups); when the sources did not record the ' +
    "subscription's role assignments, the result is unknown rather than a pass.",
  severity: 'medium',
  category: 'identity',
  aspects: ['privilege'],
  assetTypes: ['azure.subscription'],
  requires: ['azure.authorization.role-assignment'],
  messages: {
    tooMany: 'Subscription {{name}} has {{count}} Owner role assignments (at most {{max}})',
  },
  remediation: {
    text: 'Remove Owner assignments that are not needed; give day-to-day administrators Contributor or narrower roles, and make the remaining Owners eligible through Privileged Identity Management instead of permanent.',
    cli: 'az role assignment delete --assignee <principal-id> --role Owner --scope /subscriptions/<subscription-id>',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
    'https://learn.microsoft.com/en-us/entra/id-governance/privileged-identity-management/pim-configure',
  ],
  check(subscription, ctx) {
    const assignments = ctx.assets('azure.authorization.role-assignment', { account: subscription.account });
    const owners = assignments.filter(
      (a) =>
        known(a.config.scope, `${a.name}.scope`) === subscription.uid &&
        known(a.config.roleName, `${a.name}.roleName`) === 'Owner',
    );
    const evidence = {
      owners: owners.map((a) => ({
        principalId: a.config.principalId,
        principalType: a.config.principalType,
      })),
    };
    if (owners.length > MAX_OWNERS)
      return ctx.fail(
        'tooMany',
        { name: subscription.name, count: owners.length, max: MAX_OWNERS },
        evidence,
      );
    // Few owners in the inventory proves nothing unless the sources recorded the role assignments.
    if (!ctx.covered('azure.authorization.role-assignment', { account: subscription.account }))
      return ctx.unknown(
        'role assignments',
        `the inventory does not record the role assignments of subscription ${subscription.account}`,
      );
    return ctx.pass(evidence);
  },
});
