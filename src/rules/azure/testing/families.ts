/** Shared test cases for the rule families built by a factory (Defender plans, activity log alerts). */
import { unknown } from '../../../model/unknown.js';
import type { ConfigOf } from '../../../inventory/types.js';
import { assetOf } from '../../testing/builders.js';
import type { RuleTests } from '../../testing/tester.js';
import { SUBSCRIPTION_ID, SUBSCRIPTION_UID, subscriptionConfig } from './fixtures.js';

type Plans = Exclude<ConfigOf<'azure.subscription'>['defenderPlans'], { $unknown: string }>;

const subscription = (config: Partial<ConfigOf<'azure.subscription'>> = {}) =>
  assetOf(
    'azure.subscription',
    { ...subscriptionConfig, ...config },
    { uid: SUBSCRIPTION_UID, name: 'Production' },
  );

/** Cases for a Defender plan rule: on (Standard), off (Free), missing, pricings unreadable. */
export function defenderPlanCases(plan: string): RuleTests {
  const all = subscriptionConfig.defenderPlans as Plans;
  const others = all.filter((p) => p.name !== plan);
  return {
    valid: [
      subscription(),
      subscription({
        defenderPlans: [...others, { name: plan.toLowerCase(), tier: 'Standard', subPlan: 'P2' }],
      }),
    ],
    invalid: [
      {
        asset: subscription({ defenderPlans: [...others, { name: plan, tier: 'Free', subPlan: null }] }),
        messageId: 'off',
      },
      { asset: subscription({ defenderPlans: others }), messageId: 'missing' },
    ],
    unknown: [
      {
        asset: subscription({
          defenderPlans: unknown(
            'defenderPlans of /subscriptions/x: access denied (HTTP 403 AuthorizationFailed)',
          ),
        }),
        field: 'defenderPlans',
      },
    ],
  };
}

const ALERT = 'azure.monitor.activity-log-alert';

/** Cases for an activity log alert rule (`operation` undefined: Service Health). */
export function activityLogAlertCases(operation: string | undefined): RuleTests {
  const conditions =
    operation === undefined
      ? [{ field: 'category', equals: ['servicehealth'] }]
      : [
          { field: 'category', equals: ['administrative'] },
          { field: 'operationname', equals: [operation.toLowerCase()] },
        ];
  const alert = (config: Partial<ConfigOf<typeof ALERT>> = {}, name = 'alert-1') =>
    assetOf(
      ALERT,
      { enabled: true, scopes: [SUBSCRIPTION_UID], conditions, ...config },
      { name, account: SUBSCRIPTION_ID, region: 'global' },
    );
  const sub = subscription();
  const other = alert(
    { conditions: [{ field: 'operationname', equals: ['microsoft.compute/virtualmachines/write'] }] },
    'other',
  );
  return {
    valid: [
      { asset: sub, related: [alert()] },
      { name: 'among other alerts', asset: sub, related: [other, alert()] },
    ],
    invalid: [
      { name: 'no alert, alerts listed completely', asset: sub, complete: [ALERT], messageId: 'missing' },
      { name: 'only an alert for something else', asset: sub, related: [other], messageId: 'missing' },
      {
        name: 'the alert is disabled',
        asset: sub,
        related: [alert({ enabled: false })],
        messageId: 'missing',
      },
      {
        name: 'scoped to a resource group only',
        asset: sub,
        related: [alert({ scopes: [`${SUBSCRIPTION_UID}/resourcegroups/rg-app`] })],
        messageId: 'missing',
      },
    ],
    unknown: [
      { name: 'alerts not listed', asset: sub },
      {
        name: 'an alert whose conditions were not read',
        asset: sub,
        related: [alert({ conditions: unknown('no properties') })],
      },
    ],
  };
}
