/**
 * The Azure live collection: discover subscriptions, inventory them in bulk with Resource Graph, then
 * make ARM calls only for what Resource Graph lacks (enrich.ts), and hand every row to the Resource
 * Graph importer's mappers so live and imported assets are the same. Failures become gaps (diagnostics
 * and unknown fields), never a stopped scan; a subscription whose inventory was read to the end is
 * marked complete, so rules may conclude from an absence there.
 */
import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential } from '@azure/identity';
import type { SourceRef } from '../../../model/asset.js';
import { rowEvents, type RowState } from '../../import/azure-resource-graph/format.js';
import { normaliseRow } from '../../import/azure-resource-graph/row.js';
import type { ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import {
  SubscriptionClients,
  tenantClients,
  type AzureClientSettings,
  type TenantClients,
} from './clients.js';
import { enrichRow, isEnriched, type Enrichment } from './enrich.js';
import { failureReason } from './failures.js';
import { GRAPH_QUERIES, graphPages, SUBSCRIPTIONS_PER_QUERY } from './graph.js';
import { limiter, type Limiter } from './limit.js';
import type { AzureOptions } from './options.js';

/** What tests (and embedders) may supply instead of the defaults. */
export interface AzureDeps {
  /** Default: DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI, ...). */
  credential?: TokenCredential;
  /** Extra trusted CA (PEM) for the ARM endpoint. */
  ca?: string;
  /** Retries per request on 429/5xx (default 6). */
  maxRetries?: number;
}

export const LIVE_FORMAT = 'azure-resource-graph';
const WHERE = 'azure (live)';
const BATCH = 1000;

function warning(message: string): ImportEvent {
  return { kind: 'diagnostic', level: 'warning', file: WHERE, message };
}

const SUBSCRIPTION_QUERY =
  "resourcecontainers | where type =~ 'microsoft.resources/subscriptions' | project subscriptionId";

/** The subscriptions to scan, and warnings about requested ones that cannot be scanned. */
async function discover(
  o: AzureOptions,
  tenant: TenantClients,
): Promise<{ ids: string[]; warnings: ImportEvent[] }> {
  const seen: string[] = [];
  if (o.managementGroup !== undefined) {
    for await (const page of graphPages(tenant.graph, SUBSCRIPTION_QUERY, {
      managementGroups: [o.managementGroup],
    }))
      for (const r of page) {
        const id =
          typeof r === 'object' && r !== null
            ? (r as { subscriptionId?: unknown }).subscriptionId
            : undefined;
        if (typeof id === 'string') seen.push(id.toLowerCase());
      }
  } else {
    for await (const s of tenant.subscriptions.subscriptions.list()) {
      // Disabled and deleted subscriptions are read-only shells Resource Graph does not serve.
      if (s.subscriptionId && s.state !== 'Disabled' && s.state !== 'Deleted')
        seen.push(s.subscriptionId.toLowerCase());
    }
  }
  if (o.subscriptions === undefined) return { ids: seen, warnings: [] };
  const visible = new Set(seen);
  const warnings = o.subscriptions
    .filter((s) => !visible.has(s))
    .map((s) =>
      warning(
        `subscription ${s}: not visible to this identity${o.managementGroup ? ` under management group ${o.managementGroup}` : ''}, or not enabled; it was not scanned`,
      ),
    );
  return { ids: o.subscriptions.filter((s) => visible.has(s)), warnings };
}

/** A row waiting for its ARM details. */
interface Pending {
  raw: Record<string, unknown>;
  type: string;
  target: { id: string; resourceGroup: string; name: string; subscriptionId: string };
}

/**
 * Collect the estate.
 * @example for await (const batch of collectAzure(parseAzureOptions({}), ctx, {})) handle(batch);
 */
export async function* collectAzure(
  o: AzureOptions,
  ctx: LiveContext,
  deps: AzureDeps,
): AsyncGenerator<ImportEvent[]> {
  const settings: AzureClientSettings = {
    credential: deps.credential ?? new DefaultAzureCredential(),
    endpoint: o.endpoint,
    maxRetries: deps.maxRetries ?? 6,
    ...(deps.ca === undefined ? {} : { ca: deps.ca }),
  };
  const tenant = tenantClients(settings);
  let ids: string[];
  try {
    const found = await discover(o, tenant);
    ids = found.ids;
    if (found.warnings.length > 0) yield found.warnings;
  } catch (e) {
    yield [
      {
        kind: 'diagnostic',
        level: 'error',
        file: WHERE,
        message: failureReason('subscription discovery', e),
      },
    ];
    return;
  }
  ctx.log(`azure: ${ids.length} subscription(s) to scan`);
  if (ids.length === 0) return;

  const state: RowState = { scopes: new Set(), subscriptions: new Set() };
  const complete = new Set(ids);
  const pending: Pending[] = [];
  for (let i = 0; i < ids.length; i += SUBSCRIPTIONS_PER_QUERY) {
    const chunk = ids.slice(i, i + SUBSCRIPTIONS_PER_QUERY);
    for (const q of GRAPH_QUERIES) {
      const source: SourceRef = { kind: 'live', format: LIVE_FORMAT, position: `Resource Graph ${q.table}` };
      try {
        for await (const page of graphPages(tenant.graph, q.query, { subscriptions: chunk }, ctx.signal)) {
          const out: ImportEvent[] = [];
          for (const raw of page) {
            const row = normaliseRow(raw);
            if (typeof row !== 'string' && isEnriched(row.type)) {
              pending.push({
                raw: raw as Record<string, unknown>,
                type: row.type,
                target: {
                  id: row.id,
                  resourceGroup: row.resourceGroup ?? '',
                  name: row.name,
                  subscriptionId: row.subscriptionId,
                },
              });
            } else rowEvents(raw, WHERE, source, state, out);
          }
          yield out;
        }
      } catch (e) {
        for (const s of chunk) complete.delete(s);
        yield [
          warning(
            `${failureReason(`Resource Graph query over ${q.table}`, e)}; those resources are missing from the scan`,
          ),
        ];
      }
    }
  }

  const all = limiter(o.concurrency);
  const perSubscription = new Map<string, Limiter>();
  const limitFor = (sub: string): Limiter => {
    let l = perSubscription.get(sub);
    if (l === undefined) perSubscription.set(sub, (l = limiter(o.perSubscription)));
    const own = l;
    return (task) => own(() => all(task));
  };
  const clients = new Map<string, SubscriptionClients>();
  const clientsFor = (sub: string): SubscriptionClients => {
    let c = clients.get(sub);
    if (c === undefined) clients.set(sub, (c = new SubscriptionClients(settings, sub)));
    return c;
  };
  ctx.log(`azure: reading ARM details for ${pending.length} resource(s)`);
  const details: Enrichment[] = await Promise.all(
    pending.map((p) =>
      enrichRow(p.type, p.target, clientsFor(p.target.subscriptionId), limitFor(p.target.subscriptionId)),
    ),
  );
  let out: ImportEvent[] = [];
  const source: SourceRef = { kind: 'live', format: LIVE_FORMAT, position: 'Resource Graph and ARM' };
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i]!;
    const enrichment = details[i]!;
    const parapet: Record<string, unknown> = { arm: enrichment.arm, gaps: enrichment.gaps };
    if (p.type === 'microsoft.resources/subscriptions')
      parapet.complete = complete.has(p.target.subscriptionId);
    rowEvents({ ...p.raw, parapet }, WHERE, source, state, out);
    for (const reason of Object.values(enrichment.gaps)) out.push(warning(reason));
    if (out.length >= BATCH) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}
