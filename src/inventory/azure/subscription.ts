/**
 * Azure subscriptions: the account-level asset. Resource Graph describes a subscription in its
 * `resourcecontainers` table; when an export holds only resources, the subscription is implied by
 * their ids and its settings stay unknown. The type is mergeable, so the implied asset and the one
 * from `resourcecontainers` (or a live collector) become one.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { diagnosticSettingSchema } from './monitor.js';

export const defenderPlanSchema = z.object({
  /** The plan's pricing name, e.g. `VirtualMachines`, `StorageAccounts`, `CloudPosture`. */
  name: z.string(),
  /** `Standard` (on) or `Free` (off). */
  tier: z.string(),
  subPlan: z.string().nullable(),
});

export const securityContactSchema = z.object({
  emails: z.array(z.string()),
  /** Roles notified of alerts (`Owner`, ...), when notification by role is on; empty when off. */
  notifiedRoles: z.array(z.string()),
  /** Alerts at or above this severity are emailed; null when alert notifications are off. */
  alertMinimalSeverity: z.string().nullable(),
  /** Attack paths at or above this risk level are emailed; null when off. */
  attackPathMinimalRiskLevel: z.string().nullable(),
});

export const azureSubscription = defineAssetType({
  type: 'azure.subscription',
  provider: 'azure',
  title: 'Azure subscription',
  mergeable: true,
  config: z.object({
    /** The subscription GUID (lower case). */
    subscriptionId: maybe(z.string()),
    /** Entra tenant the subscription trusts; null when the source says it has none. */
    tenantId: maybe(z.string().nullable()),
    /** `Enabled`, `Warned`, `PastDue`, `Disabled` or `Deleted`. */
    state: maybe(z.string()),
    /** Management group names from the nearest parent up to the tenant root group. */
    managementGroupAncestors: maybe(z.array(z.string())),
    /** Diagnostic settings exporting the subscription's activity log. */
    activityLogDiagnosticSettings: maybe(z.array(diagnosticSettingSchema)),
    /** Defender for Cloud plans. */
    defenderPlans: maybe(z.array(defenderPlanSchema)),
    /** Defender for Cloud security contacts (notification settings). */
    securityContacts: maybe(z.array(securityContactSchema)),
  }),
});
