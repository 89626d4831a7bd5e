/**
 * Azure subscriptions: the account-level asset. Resource Graph describes a subscription in its
 * `resourcecontainers` table; when an export holds only resources, the subscription is implied by
 * their ids and its settings stay unknown. The type is mergeable, so the implied asset and the one
 * from `resourcecontainers` (or a live collector) become one.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

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
  }),
});
