/**
 * Azure Monitor: diagnostic settings (where a resource's or the activity log's logs go), activity log
 * alert rules, and Application Insights components.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const diagnosticSettingSchema = z.object({
  name: z.string(),
  /** Log categories (or category groups such as `allLogs`, `audit`) that are enabled. */
  enabledLogs: z.array(z.string()),
  /** Destinations; each null when not used. */
  workspaceId: z.string().nullable(),
  storageAccountId: z.string().nullable(),
  eventHubAuthorizationRuleId: z.string().nullable(),
});
export type DiagnosticSetting = z.infer<typeof diagnosticSettingSchema>;

export const activityLogAlert = defineAssetType({
  type: 'azure.monitor.activity-log-alert',
  provider: 'azure',
  title: 'Activity log alert rule',
  config: z.object({
    enabled: maybe(z.boolean()),
    /** Scopes watched (lower-case ids: subscriptions, resource groups). */
    scopes: maybe(z.array(z.string())),
    /** The `allOf` conditions: field and expected value (lower case); anyOf alternatives flattened. */
    conditions: maybe(z.array(z.object({ field: z.string(), equals: z.array(z.string()) }))),
  }),
});

export const appInsightsComponent = defineAssetType({
  type: 'azure.monitor.app-insights',
  provider: 'azure',
  title: 'Application Insights component',
  config: z.object({
    /** `web`, `other`, ... */
    applicationType: maybe(z.string().nullable()),
    /** The Log Analytics workspace behind a workspace-based component; null for classic ones. */
    workspaceResourceId: maybe(z.string().nullable()),
  }),
});

/**
 * Whether a diagnostic setting sends somewhere and enables `category` (a category group `allLogs`
 * covers every category; `audit` covers audit categories such as Key Vault's AuditEvent).
 */
export function sendsCategory(setting: DiagnosticSetting, category: string): boolean {
  const hasDestination =
    setting.workspaceId !== null ||
    setting.storageAccountId !== null ||
    setting.eventHubAuthorizationRuleId !== null;
  const want = category.toLowerCase();
  return (
    hasDestination &&
    setting.enabledLogs.some((c) => {
      const l = c.toLowerCase();
      return l === want || l === 'alllogs' || (l === 'audit' && want === 'auditevent');
    })
  );
}
