/**
 * Activity log alert rules: each requires an enabled alert, scoped to the subscription, that fires
 * on one administrative operation (or on Service Health events). Concluding "there is none" needs
 * the subscription's alerts to have been listed completely (a live scan, or an export marked complete).
 */
import { isUnknown } from '../../../model/unknown.js';
import { defineRule, type AnyRule } from '../../api.js';

export interface AlertSpec {
  id: string;
  /** What the alert is about, for titles and messages: "creating or updating network security groups". */
  what: string;
  /** The ARM operation, e.g. `Microsoft.Network/networkSecurityGroups/write`; absent for Service Health. */
  operation?: string;
}

/**
 * @example export const rule = activityLogAlertRule({ id: '...', what: 'deleting NSGs', operation: 'Microsoft.Network/networkSecurityGroups/delete' });
 */
export function activityLogAlertRule(s: AlertSpec): AnyRule {
  const field = s.operation === undefined ? 'category' : 'operationname';
  const value = (s.operation ?? 'ServiceHealth').toLowerCase();
  const shown = s.operation ?? 'category ServiceHealth';
  return defineRule({
    id: s.id,
    title: `An activity log alert exists for ${s.what}`,
    description:
      `An activity log alert on ${shown} tells the security team when someone is ${s.what}, an ` +
      'action that can open the estate up or hide an attack. The alert must be enabled and scoped to ' +
      'the whole subscription. Absence is only concluded when the sources listed every alert of the ' +
      'subscription; otherwise the result is unknown.',
    severity: 'medium',
    category: 'logging',
    aspects: ['logging'],
    assetTypes: ['azure.subscription'],
    requires: ['azure.monitor.activity-log-alert'],
    messages: {
      missing: `Subscription {{name}} has no enabled activity log alert for {{operation}}`,
    },
    remediation: {
      text: `Create an activity log alert scoped to the subscription with the condition ${field === 'category' ? 'category = ServiceHealth' : `operationName = ${shown}`}, and an action group that notifies the security team.`,
      cli:
        field === 'category'
          ? 'az monitor activity-log alert create --resource-group <rg> --name service-health --scope /subscriptions/<id> --condition category=ServiceHealth --action-group <action-group-id>'
          : `az monitor activity-log alert create --resource-group <rg> --name <name> --scope /subscriptions/<id> --condition category=Administrative and operationName=${shown} --action-group <action-group-id>`,
    },
    references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/activity-log-alerts'],
    check(subscription, ctx) {
      const alerts = ctx.assets('azure.monitor.activity-log-alert', { account: subscription.account });
      const unread: string[] = [];
      for (const alert of alerts) {
        const { enabled, scopes, conditions } = alert.config;
        if (isUnknown(enabled) || isUnknown(scopes) || isUnknown(conditions)) {
          unread.push(alert.name);
          continue;
        }
        if (!enabled || !scopes.includes(subscription.uid)) continue;
        if (conditions.some((c) => c.field === field && c.equals.includes(value)))
          return ctx.pass({ alert: alert.uid });
      }
      if (unread.length > 0)
        return ctx.unknown('activity log alerts', `the conditions of ${unread.join(', ')} could not be read`);
      if (!ctx.covered('azure.monitor.activity-log-alert', { account: subscription.account }))
        return ctx.unknown(
          'activity log alerts',
          `the sources did not list every activity log alert of subscription ${subscription.account}`,
        );
      return ctx.fail('missing', { name: subscription.name, operation: shown });
    },
  });
}
