/** Test cases for the log-metric-with-alert rules (CIS GCP 2.5–2.12): the CIS filter, weakened, disabled, unalerted. */
import { unknown } from '../../../model/unknown.js';
import type { AnyRule } from '../../api.js';
import { assetOf } from '../../testing/builders.js';
import { runRuleTests } from '../../testing/tester.js';
import { PROJECT, secureProject } from './fixtures.js';

export interface MetricAlertCases {
  /** The kind of change as the rule's messages name it. */
  change: string;
  /** The filter CIS recommends. */
  filter: string;
}

const METRIC_TYPE = 'logging.googleapis.com/user/watch';
const project = assetOf('gcp.resourcemanager.project', secureProject, {
  name: PROJECT,
  account: PROJECT,
  region: 'global',
  uid: `//cloudresourcemanager.googleapis.com/projects/${PROJECT}`,
});

function metric(filter: string | ReturnType<typeof unknown>, disabled = false) {
  return assetOf(
    'gcp.logging.metric',
    { filter, disabled, metricType: METRIC_TYPE },
    {
      name: 'watch',
      account: PROJECT,
      region: 'global',
      uid: `//logging.googleapis.com/projects/${PROJECT}/metrics/watch`,
    },
  );
}

function policy(
  o: { enabled?: boolean | ReturnType<typeof unknown>; kind?: 'threshold' | 'promql'; filter?: string } = {},
) {
  return assetOf(
    'gcp.monitoring.alert-policy',
    {
      enabled: o.enabled ?? true,
      conditions: [
        {
          kind: o.kind ?? 'threshold',
          filter: o.filter ?? `metric.type="${METRIC_TYPE}" AND resource.type="global"`,
        },
      ],
      notificationChannels: [`projects/${PROJECT}/notificationChannels/42`],
    },
    {
      name: 'security changes',
      account: PROJECT,
      region: 'global',
      uid: `//monitoring.googleapis.com/projects/${PROJECT}/alertPolicies/42`,
    },
  );
}

/** The filter with its last quoted value changed everywhere: it no longer selects every change CIS names. */
function weakened(filter: string): string {
  const last = [...filter.matchAll(/"[^"]*"/g)].pop()?.[0] ?? '';
  return filter.split(last).join('"something.else"');
}

const BOTH = ['gcp.logging.metric', 'gcp.monitoring.alert-policy'];

/** Runs the rule's valid, invalid and unknown cases. */
export function metricAlertRuleTests(rule: AnyRule, c: MetricAlertCases): void {
  const noMetric = `No enabled log-based metric in project ${PROJECT} selects ${c.change}`;
  runRuleTests(rule, {
    valid: [
      {
        name: 'the CIS filter, alerted by a threshold condition',
        asset: project,
        related: [metric(c.filter), policy()],
      },
      {
        name: 'the CIS filter laid out over lines, alerted by a PromQL condition',
        asset: project,
        related: [
          metric(c.filter.replace(/ (AND|OR) /g, '\n  $1 ').replace(/=/g, ' = ')),
          policy({ kind: 'promql', filter: 'sum(rate(logging_googleapis_com:user_watch[5m])) > 0' }),
        ],
      },
    ],
    invalid: [
      {
        name: 'no log metric at all (metrics collected completely)',
        asset: project,
        complete: BOTH,
        messageId: 'noMetric',
        message: noMetric,
      },
      {
        name: 'a metric whose filter misses a term of the CIS filter',
        asset: project,
        related: [metric(weakened(c.filter)), policy()],
        messageId: 'noMetric',
      },
      {
        name: 'the metric is disabled',
        asset: project,
        related: [metric(c.filter, true), policy()],
        messageId: 'noMetric',
      },
      {
        name: 'the alert policy is disabled',
        asset: project,
        related: [metric(c.filter), policy({ enabled: false })],
        messageId: 'noAlert',
        message: `Log-based metric watch in project ${PROJECT} selects ${c.change}, but no enabled alert policy watches it`,
      },
      {
        name: 'the alert policy watches another metric',
        asset: project,
        related: [
          metric(c.filter),
          policy({ filter: 'metric.type="logging.googleapis.com/user/watch-other"' }),
        ],
        messageId: 'noAlert',
      },
      {
        name: 'no alert policy (alert policies collected completely)',
        asset: project,
        related: [metric(c.filter)],
        complete: BOTH,
        messageId: 'noAlert',
      },
    ],
    unknown: [
      {
        name: 'no metric seen, metrics not known to be collected completely',
        asset: project,
        field: 'log metrics',
      },
      {
        name: 'the only metric filter could not be read',
        asset: project,
        related: [metric(unknown('permission denied'))],
        complete: BOTH,
        field: 'filter',
      },
      {
        name: 'the alert policy does not say whether it is enabled',
        asset: project,
        related: [metric(c.filter), policy({ enabled: unknown('unset') })],
        field: 'alert policies',
      },
      {
        name: 'no alert policy seen, policies not known to be collected completely',
        asset: project,
        related: [metric(c.filter)],
        complete: ['gcp.logging.metric'],
        field: 'alert policies',
      },
    ],
  });
}
