/**
 * Log metric filters with alerts (CIS GCP 2.5–2.12): a project must have an enabled log-based metric
 * whose filter selects the changes of one kind (ownership, audit configuration, custom roles, ...) and
 * an enabled alert policy whose condition watches that metric, so someone is told when such a change
 * happens. One rule per kind of change, built from a spec. Not a rule itself (no `rule` export).
 *
 * A filter "selects the changes" when it contains every term of the CIS recommended filter (field,
 * operator `=` or `:`, value; whitespace, quotes and case are not significant). A filter with further
 * narrowing clauses (`AND resource.labels.project_id="x"`, `NOT ...`) is not detected as narrower.
 */
import type { Severity } from '../../../model/severity.js';
import { isUnknown } from '../../../model/unknown.js';
import type { AssetOf } from '../../../inventory/types.js';
import { defineRule, type AnyRule } from '../../api.js';

/** One term of a filter: what it is called in messages, and how it is recognised. */
export interface FilterTerm {
  label: string;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `field="value"` (or `field:"value"`, quotes optional). */
export function fieldIs(field: string, value: string): FilterTerm {
  return {
    label: `${field}="${value}"`,
    pattern: new RegExp(`${escape(field)}\\s*[=:]\\s*"?${escape(value)}"?(?![\\w.])`, 'i'),
  };
}

/** `protoPayload.methodName:"<method>"` — the method may carry a version prefix (`v1.compute.firewalls.patch`). */
export function methodIs(method: string): FilterTerm {
  return {
    label: `protoPayload.methodName:"${method}"`,
    pattern: new RegExp(
      `protoPayload\\.methodName\\s*[=:]\\s*"?(?:[\\w]+\\.)*?${escape(method)}"?(?![\\w.])`,
      'i',
    ),
  };
}

/** A bare word of a full-text search (`ProjectOwnership`). */
export function wordIs(word: string): FilterTerm {
  return { label: word, pattern: new RegExp(`(?<![\\w.])${escape(word)}(?![\\w.])`, 'i') };
}

/** `field:*` (the field is present). */
export function fieldPresent(field: string): FilterTerm {
  return { label: `${field}:*`, pattern: new RegExp(`${escape(field)}\\s*:\\s*\\*`, 'i') };
}

export interface MetricAlertSpec {
  id: string;
  /** The kind of change, for titles and messages: `project ownership changes`. */
  change: string;
  description: string;
  severity: Severity;
  /** The filter CIS recommends, shown in remediation. */
  recommendedFilter: string;
  terms: readonly FilterTerm[];
  /** A metric name for remediation examples. */
  metricName: string;
}

/** The terms of `terms` a filter lacks (empty: the filter selects the changes). */
export function missingTerms(filter: string, terms: readonly FilterTerm[]): string[] {
  const f = filter.replace(/\s+/g, ' ');
  return terms.filter((t) => !t.pattern.test(f)).map((t) => t.label);
}

/** Whether a condition's filter or query names the metric type (PromQL spells it `logging_googleapis_com:user_<name>`). */
export function watchesMetric(filter: string, metricType: string): boolean {
  const promql = metricType.replace(/^logging\.googleapis\.com\/user\//, 'logging_googleapis_com:user_');
  const quoted = new RegExp(`(^|[^\\w./-])${escape(metricType)}($|[^\\w./-])`);
  return quoted.test(filter) || filter.includes(promql);
}

type Metric = AssetOf<'gcp.logging.metric'>;
type Policy = AssetOf<'gcp.monitoring.alert-policy'>;

/** The enabled policies with a condition on `metricType` (policies that cannot be read are judged by the caller). */
function alertsOn(policies: readonly Policy[], metricType: string): Policy[] {
  const out: Policy[] = [];
  for (const p of policies) {
    const conditions = p.config.conditions;
    if (isUnknown(conditions)) continue;
    if (!conditions.some((c) => watchesMetric(c.filter, metricType))) continue;
    if (isUnknown(p.config.enabled)) continue;
    if (p.config.enabled) out.push(p);
  }
  return out;
}

/**
 * A rule: the project has an enabled log-based metric for the change and an enabled alert on it.
 * @example metricAlertRule({ id: 'gcp-logging-custom-role-changes-alerted', change: 'custom role changes', terms: [fieldIs('resource.type', 'iam_role'), ...], ... })
 */
export function metricAlertRule(spec: MetricAlertSpec): AnyRule {
  const metricType = `logging.googleapis.com/user/${spec.metricName}`;
  return defineRule({
    id: spec.id,
    title: `A log metric filter and an alert exist for ${spec.change}`,
    description: spec.description,
    severity: spec.severity,
    category: 'logging',
    aspects: ['logging'],
    assetTypes: ['gcp.resourcemanager.project'],
    requires: ['gcp.logging.metric', 'gcp.monitoring.alert-policy'],
    messages: {
      noMetric: `No enabled log-based metric in project {{project}} selects ${spec.change}`,
      noAlert: `Log-based metric {{metric}} in project {{project}} selects ${spec.change}, but no enabled alert policy watches it`,
    },
    remediation: {
      text:
        `Create a log-based metric with the filter CIS recommends for ${spec.change}, and an alert policy ` +
        `on the metric (threshold: count > 0) that notifies a channel someone watches.`,
      cli:
        `gcloud logging metrics create ${spec.metricName} --project=<project> --log-filter='${spec.recommendedFilter}'\n` +
        `gcloud alpha monitoring policies create --project=<project> --policy-from-file=policy.json  # condition filter: metric.type="${metricType}"`,
      terraform:
        `resource "google_logging_metric" "${spec.metricName.replace(/-/g, '_')}" {\n` +
        `  name   = "${spec.metricName}"\n  filter = ${JSON.stringify(spec.recommendedFilter)}\n` +
        `  metric_descriptor {\n    metric_kind = "DELTA"\n    value_type  = "INT64"\n  }\n}\n\n` +
        `resource "google_monitoring_alert_policy" "${spec.metricName.replace(/-/g, '_')}" {\n` +
        `  display_name = "${spec.change}"\n  combiner     = "OR"\n  conditions {\n    display_name = "${spec.change}"\n` +
        `    condition_threshold {\n      filter          = "metric.type=\\"${metricType}\\" AND resource.type=\\"global\\""\n` +
        `      comparison      = "COMPARISON_GT"\n      threshold_value = 0\n      duration        = "0s"\n    }\n  }\n` +
        `  notification_channels = [google_monitoring_notification_channel.security.id]\n}`,
    },
    references: [
      'https://cloud.google.com/logging/docs/logs-based-metrics',
      'https://cloud.google.com/monitoring/alerts/using-alerting-ui',
    ],
    check(project, ctx) {
      const scope = { account: project.account };
      const metrics = ctx.assets('gcp.logging.metric', scope);
      const unreadable: string[] = [];
      const selecting: Metric[] = [];
      for (const m of metrics) {
        if (isUnknown(m.config.filter)) {
          unreadable.push(m.name);
          continue;
        }
        if (m.config.disabled === true) continue;
        if (missingTerms(m.config.filter, spec.terms).length === 0) selecting.push(m);
      }
      const policies = ctx.assets('gcp.monitoring.alert-policy', scope);
      for (const m of selecting) {
        const type = isUnknown(m.config.metricType)
          ? `logging.googleapis.com/user/${m.name}`
          : m.config.metricType;
        const alerts = alertsOn(policies, type);
        if (alerts.length > 0)
          return ctx.pass({
            metric: m.name,
            filter: m.config.filter,
            alertPolicies: alerts.map((p) => p.name),
          });
      }
      if (selecting.length === 0) {
        if (unreadable.length > 0)
          ctx.unknown('filter', `the filter of log metric ${unreadable.join(', ')} could not be read`);
        if (!ctx.covered('gcp.logging.metric', scope))
          ctx.unknown(
            'log metrics',
            `the sources hold no log-based metric of ${project.account} selecting ${spec.change}, and do not show that its metrics were collected completely`,
          );
        return ctx.fail(
          'noMetric',
          { project: project.name },
          { metrics: metrics.map((m) => m.name), expectedTerms: spec.terms.map((t) => t.label) },
        );
      }
      const doubtful = policies.filter((p) => isUnknown(p.config.conditions) || isUnknown(p.config.enabled));
      if (doubtful.length > 0)
        ctx.unknown(
          'alert policies',
          `alert policy ${doubtful.map((p) => p.name).join(', ')} could not be read completely (conditions or enabled state)`,
        );
      if (!ctx.covered('gcp.monitoring.alert-policy', scope))
        ctx.unknown(
          'alert policies',
          `the sources hold no enabled alert policy of ${project.account} watching ${selecting.map((m) => m.name).join(', ')}, and do not show that its alert policies were collected completely`,
        );
      return ctx.fail(
        'noAlert',
        { project: project.name, metric: selecting.map((m) => m.name).join(', ') },
        { metrics: selecting.map((m) => m.name), alertPolicies: policies.map((p) => p.name) },
      );
    },
  });
}
