/**
 * Live collection from Cloud Asset Inventory: for each scope (organisation, folder, project), list
 * the resources and IAM policies of every asset type Parapet assesses, page by page, and map them
 * with the CAI importer's mappers, so a live asset is the same candidate as the exported one.
 *
 * Two passes, like the importer: first the Project and ServiceAccount records of every scope (they
 * say which project id a project number stands for, and which email a service-account id stands
 * for), then everything else. Quota errors are retried with backoff; a scope that cannot be read
 * (permission denied, API disabled) becomes a warning naming the scope, the call and the reason, and
 * the other scopes are still read. Projects whose listings all succeeded are announced as covering
 * the listed asset types, so absence-based rules can conclude.
 */
import type { AssetServiceClient, protos } from '@google-cloud/asset';
import type { SourceRef } from '../../../model/asset.js';
import { CaiEventMapper } from '../../import/gcp-cai/events.js';
import { CAI_MAPPERS } from '../../import/gcp-cai/mappers/index.js';
import { normaliseRecord, type CaiRecord } from '../../import/gcp-cai/record.js';
import type { ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import { assetToRecord } from './asset-json.js';
import {
  collectDirect,
  DIRECT_ASSET_TYPES,
  DIRECT_CAI_TYPES,
  type DirectClients,
  type ProjectRef,
} from './direct.js';
import { classifyGoogleError, withRetry, type RetryPolicy } from './errors.js';
import { mergeConcurrent } from './merge.js';
import type { GcpOptions } from './options.js';

/** Records read in the first pass (the directory of projects and service accounts). */
export const DIRECTORY_TYPES = [
  'cloudresourcemanager.googleapis.com/Project',
  'iam.googleapis.com/ServiceAccount',
];

/** The CAI asset types listed from Cloud Asset Inventory (those read by direct calls excepted), and those whose IAM policies are read. */
export function listedTypes(): { resource: string[]; iamPolicy: string[] } {
  const resource = [...CAI_MAPPERS.keys()].filter((t) => !DIRECT_CAI_TYPES.includes(t)).sort();
  const iamPolicy = [...CAI_MAPPERS.entries()]
    .filter(([, m]) => m.iamFields.length > 0)
    .map(([t]) => t)
    .sort();
  return { resource, iamPolicy };
}

/** The Parapet asset types a complete Cloud Asset listing of a project covers (direct calls announce theirs). */
export function coveredAssetTypes(): string[] {
  return [...new Set([...CAI_MAPPERS.values()].map((m) => m.type))]
    .filter((t) => !DIRECT_ASSET_TYPES.includes(t))
    .sort();
}

const PAGE_SIZE = 1000;
const SOURCE: SourceRef = { kind: 'live', format: 'gcp-cloud-asset' };

type ContentType = 'RESOURCE' | 'IAM_POLICY';

export interface CollectDeps {
  client: AssetServiceClient;
  /** Clients of the direct calls (log-based metrics, alert policies). */
  direct: DirectClients;
  retry: RetryPolicy;
}

/** The raw CAI records of one listing, page by page (REST JSON shape). */
async function* listPages(
  deps: CollectDeps,
  parent: string,
  contentType: ContentType,
  assetTypes: string[],
  ctx: LiveContext,
): AsyncGenerator<Record<string, unknown>[]> {
  let request: protos.google.cloud.asset.v1.IListAssetsRequest | null = {
    parent,
    contentType,
    assetTypes,
    pageSize: PAGE_SIZE,
  };
  while (request !== null) {
    const req: protos.google.cloud.asset.v1.IListAssetsRequest = request;
    const [assets, nextRequest]: [
      protos.google.cloud.asset.v1.IAsset[],
      protos.google.cloud.asset.v1.IListAssetsRequest | null,
      unknown,
    ] = await withRetry(
      () => deps.client.listAssets(req, { autoPaginate: false }),
      deps.retry,
      (err, attempt, waitMs) =>
        ctx.log(
          `gcp: ${parent}: ListAssets (${contentType}) hit ${err.status ?? 'a quota error'}; retry ${attempt} in ${waitMs} ms`,
        ),
      ctx.signal,
    );
    yield (assets ?? []).map(assetToRecord);
    request = nextRequest ?? null;
  }
}

function permissionOf(contentType: ContentType): string {
  return contentType === 'RESOURCE' ? 'cloudasset.assets.listResource' : 'cloudasset.assets.listIamPolicy';
}

/** A warning for a listing that failed; rethrows what is not a denial, a missing scope or a quota exhaustion. */
function gapOf(e: unknown, parent: string, contentType: ContentType): ImportEvent {
  const c = classifyGoogleError(e);
  if (c.kind === 'other' || c.kind === 'unavailable') {
    if (!(e instanceof Error)) throw e;
    throw new Error(`gcp: ${parent}: ListAssets (${contentType}) failed: ${c.message}`, { cause: e });
  }
  const why =
    c.kind === 'denied'
      ? `permission denied (needs ${permissionOf(contentType)} on ${parent}, and the Cloud Asset API enabled in the quota project)`
      : c.kind === 'quota'
        ? 'quota still exhausted after retries'
        : 'not found';
  return {
    kind: 'diagnostic',
    level: 'warning',
    file: `gcp ${parent}`,
    message: `gcp: ${parent}: ListAssets (${contentType}) ${why}: ${c.message}; the scope's ${contentType === 'RESOURCE' ? 'resources' : 'IAM policies'} were not collected and it is left out of coverage`,
  };
}

/** Normalised records of a page; malformed ones become error diagnostics. */
function recordsOf(page: Record<string, unknown>[], parent: string, out: ImportEvent[]): CaiRecord[] {
  const recs: CaiRecord[] = [];
  for (const raw of page) {
    const rec = normaliseRecord(raw);
    if (typeof rec === 'string')
      out.push({
        kind: 'diagnostic',
        level: 'error',
        file: `gcp ${parent}`,
        message: `gcp: ${parent}: ${rec}`,
      });
    else recs.push(rec);
  }
  return recs;
}

/** The projects a directory pass revealed (for coverage and the direct calls). */
function projectsOf(recs: readonly CaiRecord[], mapper: CaiEventMapper): ProjectRef[] {
  const out: ProjectRef[] = [];
  for (const r of recs) {
    if (r.assetType !== DIRECTORY_TYPES[0]) continue;
    const data = r.resource?.data;
    const ref = r.name.split('/').pop();
    const id =
      typeof data?.projectId === 'string'
        ? data.projectId
        : ref === undefined
          ? undefined
          : mapper.projects.account(ref);
    if (id === undefined) continue;
    const number = data?.projectNumber ?? (ref !== undefined && /^\d+$/.test(ref) ? ref : undefined);
    out.push({
      id,
      number: typeof number === 'string' || typeof number === 'number' ? String(number) : undefined,
      ancestors: r.ancestors,
    });
  }
  return out;
}

/**
 * Collect every scope of `options`; events in batches (one batch per page).
 * @example for await (const batch of collectGcp({ parents: ['projects/acme-prod'], concurrency: 4 }, ctx, deps)) ...
 */
export async function* collectGcp(
  options: GcpOptions,
  ctx: LiveContext,
  deps: CollectDeps,
): AsyncGenerator<ImportEvent[]> {
  const mapper = new CaiEventMapper();
  const { resource, iamPolicy } = listedTypes();
  const mainTypes = resource.filter((t) => !DIRECTORY_TYPES.includes(t));
  const mainIamTypes = iamPolicy.filter((t) => !DIRECTORY_TYPES.includes(t));
  const directoryIamTypes = iamPolicy.filter((t) => DIRECTORY_TYPES.includes(t));

  // Pass 1: the directory records of every scope (held, then mapped with the rest).
  const directory = new Map<string, CaiRecord[]>();
  const gaps: ImportEvent[] = [];
  const first = mergeConcurrent(
    options.parents.map(
      (parent) =>
        async function* () {
          const recs: CaiRecord[] = [];
          const diags: ImportEvent[] = [];
          try {
            for await (const page of listPages(deps, parent, 'RESOURCE', DIRECTORY_TYPES, ctx))
              recs.push(...recordsOf(page, parent, diags));
            directory.set(parent, recs);
          } catch (e) {
            diags.push(gapOf(e, parent, 'RESOURCE'));
          }
          yield diags;
        },
    ),
    options.concurrency,
  );
  for await (const diags of first) gaps.push(...diags);
  for (const recs of directory.values()) for (const r of recs) mapper.projects.learn(r);
  if (gaps.length > 0) yield gaps;

  // Pass 2: every readable scope's records, then its coverage.
  const readable = options.parents.filter((p) => directory.has(p));
  const directDone = new Set<string>();
  const covered = coveredAssetTypes();
  yield* mergeConcurrent(
    readable.map(
      (parent) =>
        async function* () {
          const dirRecs = directory.get(parent) ?? [];
          const out: ImportEvent[] = [];
          for (const rec of dirRecs) mapper.eventsOf(rec, { file: `gcp ${parent}` }, SOURCE, out);
          yield out;
          let complete = true;
          const listings: [ContentType, string[]][] = [
            ['RESOURCE', mainTypes],
            ['IAM_POLICY', [...directoryIamTypes, ...mainIamTypes]],
          ];
          for (const [contentType, types] of listings) {
            if (types.length === 0) continue;
            let page = 0;
            try {
              for await (const raw of listPages(deps, parent, contentType, types, ctx)) {
                page++;
                const events: ImportEvent[] = [];
                for (const rec of recordsOf(raw, parent, events))
                  mapper.eventsOf(
                    rec,
                    { file: `gcp ${parent}`, position: `${contentType} page ${page}` },
                    SOURCE,
                    events,
                  );
                yield events;
              }
            } catch (e) {
              complete = false;
              yield [gapOf(e, parent, contentType)];
            }
          }
          const projects = projectsOf(dirRecs, mapper);
          if (complete) {
            // An organisation or folder listing also holds the records kept at that level (sinks, Essential Contacts).
            const levels = parent.startsWith('projects/') ? [] : [parent];
            const scopes: ImportEvent[] = [...projects.map((p) => p.id), ...levels].map((account) => ({
              kind: 'scope',
              provider: 'gcp',
              account,
              covers: { assetTypes: covered },
            }));
            yield scopes;
          }
          // Log-based metrics and alert policies: direct calls, once per project whichever scopes name it.
          const todo = projects.filter((p) => !directDone.has(p.id));
          for (const p of todo) directDone.add(p.id);
          yield* mergeConcurrent(
            todo.map((p) => () => collectDirect(p, { clients: deps.direct, retry: deps.retry }, ctx, mapper)),
            options.concurrency,
          );
        },
    ),
    options.concurrency,
  );
}
