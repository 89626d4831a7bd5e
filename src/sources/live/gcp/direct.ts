/**
 * Direct API calls for what the CIS logging and monitoring requirements need beyond Cloud Asset
 * Inventory: each project's log-based metrics (Cloud Logging `ListLogMetrics`) and alert policies
 * (Cloud Monitoring `ListAlertPolicies`). Each answer is turned into the CAI record of the same
 * resource (`logging.googleapis.com/LogMetric`, `monitoring.googleapis.com/AlertPolicy`) and mapped by
 * the CAI importer's mappers, so a live metric and an exported one are the same asset.
 *
 * Paged; quota errors retried with backoff; a denied or failed listing becomes a warning naming the
 * project, the call, the permission and the service's message, and that type is then not announced
 * as covered for the project (rules that conclude from an absence stay unknown there).
 */
import type { MetricsServiceV2Client, protos as loggingProtos } from '@google-cloud/logging-api';
import type { AlertPolicyServiceClient, protos as monitoringProtos } from '@google-cloud/monitoring';
import type { SourceRef } from '../../../model/asset.js';
import type { CaiEventMapper } from '../../import/gcp-cai/events.js';
import { normaliseRecord } from '../../import/gcp-cai/record.js';
import type { ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import { classifyGoogleError, withRetry, type RetryPolicy } from './errors.js';

type ILogMetric = loggingProtos.google.logging.v2.ILogMetric;
type IAlertPolicy = monitoringProtos.google.monitoring.v3.IAlertPolicy;
type ICondition = monitoringProtos.google.monitoring.v3.AlertPolicy.ICondition;

export interface DirectClients {
  metrics: MetricsServiceV2Client;
  alerts: AlertPolicyServiceClient;
}

/** A project found by the directory pass. */
export interface ProjectRef {
  id: string;
  /** The project number, when the Project record gave it. */
  number: string | undefined;
  /** CAI ancestors of the project (itself first, by number). */
  ancestors: readonly string[];
}

const PAGE_SIZE = 1000;

/** One page of a list call: the items and the next request (null on the last page). */
type PageCall<Req, Item> = (req: Req) => Promise<[Item[], Req | null, unknown]>;

/** A listing the collector makes per project, and how its answers become CAI records. */
interface DirectListing<Req, Item> {
  /** As declared in calls.ts. */
  operation: string;
  permission: string;
  api: string;
  /** The CAI asset type its records take, and the Parapet type they map to. */
  caiType: string;
  parapetType: string;
  what: string;
  first(project: ProjectRef): Req;
  call(clients: DirectClients): PageCall<Req, Item>;
  record(item: Item, project: ProjectRef): Record<string, unknown>;
}

/** The CAI `resource.parent` of a project-level record. */
const parentOf = (p: ProjectRef) => `//cloudresourcemanager.googleapis.com/projects/${p.number ?? p.id}`;

/** A Logging API LogMetric as CAI carries it in `resource.data` (the fields Parapet reads). */
export function logMetricData(m: ILogMetric): Record<string, unknown> {
  const data: Record<string, unknown> = { name: m.name ?? '' };
  if (typeof m.description === 'string' && m.description !== '') data.description = m.description;
  if (typeof m.filter === 'string') data.filter = m.filter;
  if (m.disabled === true) data.disabled = true;
  const type = m.metricDescriptor?.type;
  if (typeof type === 'string' && type !== '') data.metricDescriptor = { type };
  return data;
}

const CONDITION_FIELDS = [
  ['conditionThreshold', 'filter'],
  ['conditionAbsent', 'filter'],
  ['conditionMonitoringQueryLanguage', 'query'],
  ['conditionPrometheusQueryLanguage', 'query'],
  ['conditionMatchedLog', 'filter'],
] as const;

function conditionData(c: ICondition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof c.displayName === 'string' && c.displayName !== '') out.displayName = c.displayName;
  for (const [field, text] of CONDITION_FIELDS) {
    const body = c[field] as Record<string, unknown> | null | undefined;
    if (body !== null && body !== undefined) {
      const value = body[text];
      out[field] = typeof value === 'string' ? { [text]: value } : {};
    }
  }
  return out;
}

/** A Monitoring API AlertPolicy as CAI carries it in `resource.data` (the fields Parapet reads). */
export function alertPolicyData(p: IAlertPolicy): Record<string, unknown> {
  const data: Record<string, unknown> = { name: p.name ?? '' };
  if (typeof p.displayName === 'string' && p.displayName !== '') data.displayName = p.displayName;
  // A BoolValue: unset means the service did not say, which the mapper records as unknown.
  if (p.enabled !== null && p.enabled !== undefined) data.enabled = p.enabled.value === true;
  data.conditions = (p.conditions ?? []).map(conditionData);
  data.notificationChannels = [...(p.notificationChannels ?? [])];
  return data;
}

const LOG_METRICS: DirectListing<loggingProtos.google.logging.v2.IListLogMetricsRequest, ILogMetric> = {
  operation: 'ListLogMetrics',
  permission: 'logging.logMetrics.list',
  api: 'Cloud Logging API',
  caiType: 'logging.googleapis.com/LogMetric',
  parapetType: 'gcp.logging.metric',
  what: 'log-based metrics',
  first: (p) => ({ parent: `projects/${p.id}`, pageSize: PAGE_SIZE }),
  call: (c) => (req) => c.metrics.listLogMetrics(req, { autoPaginate: false }),
  record: (m, p) => ({
    name: `//logging.googleapis.com/projects/${p.id}/metrics/${m.name ?? ''}`,
    assetType: 'logging.googleapis.com/LogMetric',
    ancestors: p.ancestors,
    resource: { parent: parentOf(p), data: logMetricData(m) },
  }),
};

const ALERT_POLICIES: DirectListing<
  monitoringProtos.google.monitoring.v3.IListAlertPoliciesRequest,
  IAlertPolicy
> = {
  operation: 'ListAlertPolicies',
  permission: 'monitoring.alertPolicies.list',
  api: 'Cloud Monitoring API',
  caiType: 'monitoring.googleapis.com/AlertPolicy',
  parapetType: 'gcp.monitoring.alert-policy',
  what: 'alert policies',
  first: (p) => ({ name: `projects/${p.id}`, pageSize: PAGE_SIZE }),
  call: (c) => (req) => c.alerts.listAlertPolicies(req, { autoPaginate: false }),
  record: (a, p) => ({
    name: `//monitoring.googleapis.com/${a.name ?? `projects/${p.id}/alertPolicies/-`}`,
    assetType: 'monitoring.googleapis.com/AlertPolicy',
    ancestors: p.ancestors,
    resource: { parent: parentOf(p), data: alertPolicyData(a) },
  }),
};

/** The CAI asset types the direct calls supply (Cloud Asset listings leave them out). */
export const DIRECT_CAI_TYPES: readonly string[] = [LOG_METRICS.caiType, ALERT_POLICIES.caiType];
/** The Parapet asset types the direct calls supply. */
export const DIRECT_ASSET_TYPES: readonly string[] = [LOG_METRICS.parapetType, ALERT_POLICIES.parapetType];

export interface DirectDeps {
  clients: DirectClients;
  retry: RetryPolicy;
}

const SOURCE: SourceRef = { kind: 'live', format: 'gcp-cloud-asset' };

async function* listing<Req, Item>(
  l: DirectListing<Req, Item>,
  project: ProjectRef,
  deps: DirectDeps,
  ctx: LiveContext,
  mapper: CaiEventMapper,
  covered: string[],
): AsyncGenerator<ImportEvent[]> {
  const scope = `projects/${project.id}`;
  const call = l.call(deps.clients);
  let request: Req | null = l.first(project);
  let page = 0;
  try {
    while (request !== null) {
      const req: Req = request;
      const [items, next] = await withRetry(
        () => call(req),
        deps.retry,
        (err, attempt, waitMs) =>
          ctx.log(
            `gcp: ${scope}: ${l.operation} hit ${err.status ?? 'a quota error'}; retry ${attempt} in ${waitMs} ms`,
          ),
        ctx.signal,
      );
      page++;
      const events: ImportEvent[] = [];
      for (const item of items ?? []) {
        const rec = normaliseRecord(l.record(item, project));
        if (typeof rec === 'string')
          events.push({
            kind: 'diagnostic',
            level: 'error',
            file: `gcp ${scope}`,
            message: `gcp: ${scope}: ${rec}`,
          });
        else
          mapper.eventsOf(
            rec,
            { file: `gcp ${scope}`, position: `${l.operation} page ${page}` },
            SOURCE,
            events,
          );
      }
      yield events;
      request = next ?? null;
    }
    covered.push(l.parapetType);
  } catch (e) {
    if (ctx.signal?.aborted === true) throw e;
    const c = classifyGoogleError(e);
    const why =
      c.kind === 'denied'
        ? `permission denied (needs ${l.permission} on ${scope}, and the ${l.api} enabled)`
        : c.kind === 'quota'
          ? 'quota still exhausted after retries'
          : `failed${c.status === undefined ? '' : ` (${c.status})`}`;
    yield [
      {
        kind: 'diagnostic',
        level: 'warning',
        file: `gcp ${scope}`,
        message: `gcp: ${scope}: ${l.operation} ${why}: ${c.message}; the project's ${l.what} were not collected and are left out of coverage`,
      },
    ];
  }
}

/**
 * The log-based metrics and alert policies of one project, then a scope event announcing the types
 * whose listing succeeded as covered.
 */
export async function* collectDirect(
  project: ProjectRef,
  deps: DirectDeps,
  ctx: LiveContext,
  mapper: CaiEventMapper,
): AsyncGenerator<ImportEvent[]> {
  const covered: string[] = [];
  yield* listing(LOG_METRICS, project, deps, ctx, mapper, covered);
  yield* listing(ALERT_POLICIES, project, deps, ctx, mapper, covered);
  if (covered.length > 0)
    yield [{ kind: 'scope', provider: 'gcp', account: project.id, covers: { assetTypes: covered } }];
}
