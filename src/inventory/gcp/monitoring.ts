/**
 * Log-based metrics (Cloud Logging) and alert policies (Cloud Monitoring): together they are how an
 * organisation is told of a change the CIS benchmark names (ownership, audit configuration, custom
 * roles, firewall rules, routes, networks, bucket IAM, Cloud SQL configuration) when it happens.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpLogMetric = defineAssetType({
  type: 'gcp.logging.metric',
  provider: 'gcp',
  title: 'log-based metric',
  config: z.object({
    /** The advanced logs filter that selects the entries the metric counts. */
    filter: maybe(z.string()),
    /** A disabled metric counts nothing. */
    disabled: maybe(z.boolean()),
    /** The Monitoring metric type alert policies name: `logging.googleapis.com/user/<metric name>`. */
    metricType: maybe(z.string()),
  }),
});

export const gcpAlertPolicy = defineAssetType({
  type: 'gcp.monitoring.alert-policy',
  provider: 'gcp',
  title: 'Cloud Monitoring alert policy',
  config: z.object({
    /** The API leaves `enabled` unset only on records it does not vouch for; unset is unknown. */
    enabled: maybe(z.boolean()),
    /**
     * What each condition watches: the filter of a threshold or absence condition, the query of an
     * MQL or PromQL condition, the logs filter of a log-match condition.
     */
    conditions: maybe(
      z.array(
        z.object({
          kind: z.enum(['threshold', 'absent', 'mql', 'promql', 'log-match', 'other']),
          filter: z.string(),
        }),
      ),
    ),
    /** Notification channel names (`projects/<p>/notificationChannels/<id>`). */
    notificationChannels: maybe(z.array(z.string())),
  }),
});

export const gcpEssentialContact = defineAssetType({
  type: 'gcp.essentialcontacts.contact',
  provider: 'gcp',
  title: 'Essential Contact',
  config: z.object({
    email: maybe(z.string()),
    /** `ALL`, `SUSPENSION`, `SECURITY`, `TECHNICAL`, `BILLING`, `LEGAL`, `PRODUCT_UPDATES`, `TECHNICAL_INCIDENTS`. */
    notificationCategorySubscriptions: maybe(z.array(z.string())),
    /** `VALID`, `INVALID` (the address bounced), `VALIDATION_STATE_UNSPECIFIED`. */
    validationState: maybe(z.string()),
  }),
});
