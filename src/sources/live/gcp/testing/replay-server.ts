/**
 * A loopback Cloud Asset API for tests: serves `ListAssets` over HTTP/JSON on 127.0.0.1 from CAI
 * export records (either spelling), the way the REST API answers — camelCase envelope, filtered by
 * parent (via ancestors), content type and asset types, paged with opaque page tokens — and injects
 * the faults collectors must survive: `RESOURCE_EXHAUSTED` (HTTP 429) a given number of times, and
 * `PERMISSION_DENIED` (HTTP 403) for chosen parents. Every request is recorded.
 *
 * It also answers the direct calls from the same records: Cloud Logging `ListLogMetrics`
 * (`GET /v2/projects/<p>/metrics`, from `logging.googleapis.com/LogMetric` records) and Cloud
 * Monitoring `ListAlertPolicies` (`GET /v3/projects/<p>/alertPolicies`, from
 * `monitoring.googleapis.com/AlertPolicy` records), each record's `resource.data` being the API's JSON.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { normaliseRecord, type CaiRecord } from '../../../import/gcp-cai/record.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  status: number;
}

export interface ReplayOptions {
  /** Raw CAI records as `gcloud asset export` writes them (resource and iam-policy content types). */
  records: readonly unknown[];
  /** Bearer token the server accepts. */
  token: string;
  /** Largest page the server returns, whatever the client asks (forces paging). */
  maxPageSize?: number;
  /**
   * Parents (`projects/x`, `organizations/1`) whose first N Cloud Asset listings answer
   * RESOURCE_EXHAUSTED; `logging:projects/x` and `monitoring:projects/x` throttle the direct calls.
   */
  throttle?: Record<string, number>;
  /** Parents whose listings answer PERMISSION_DENIED (same keys as `throttle`). */
  denied?: readonly string[];
}

export interface ReplayServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

interface Held {
  rec: CaiRecord;
  raw: Record<string, unknown>;
}

/** The REST (camelCase) form of a record, whatever spelling the export used. */
function restForm(rec: CaiRecord, raw: Record<string, unknown>): Record<string, unknown> {
  const res = raw.resource as Record<string, unknown> | undefined;
  return {
    name: rec.name,
    assetType: rec.assetType,
    ...(rec.ancestors.length > 0 ? { ancestors: rec.ancestors } : {}),
    ...(rec.updateTime === undefined ? {} : { updateTime: rec.updateTime }),
    ...(res === undefined
      ? {}
      : {
          resource: {
            version: res.version,
            discoveryDocumentUri: res.discoveryDocumentUri ?? res.discovery_document_uri,
            discoveryName: res.discoveryName ?? res.discovery_name,
            parent: res.parent,
            ...(res.location === undefined ? {} : { location: res.location }),
            data: res.data,
          },
        }),
    ...(rec.iamPolicy === undefined ? {} : { iamPolicy: rec.iamPolicy }),
  };
}

const CONTENT_TYPES: Record<string, string> = { '1': 'RESOURCE', '2': 'IAM_POLICY' };

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function googleError(code: number, status: string, message: string) {
  return { error: { code, status, message } };
}

/** Start the server; close it when done. */
export async function startReplayServer(opts: ReplayOptions): Promise<ReplayServer> {
  const held: Held[] = [];
  const numberById = new Map<string, string>();
  for (const raw of opts.records) {
    const rec = normaliseRecord(raw);
    if (typeof rec === 'string') throw new Error(`replay fixture: ${rec}`);
    held.push({ rec, raw: raw as Record<string, unknown> });
    const data = rec.resource?.data;
    if (rec.assetType === 'cloudresourcemanager.googleapis.com/Project' && data !== undefined)
      numberById.set(String(data.projectId), String(data.projectNumber));
  }
  const throttled = new Map(Object.entries(opts.throttle ?? {}));
  const requests: RecordedRequest[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = (status: number) =>
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        status,
      });
    if (req.headers.authorization !== `Bearer ${opts.token}`) {
      record(401);
      return send(
        res,
        401,
        googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
      );
    }
    const pageOf = <T>(items: readonly T[]) => {
      const asked = Number(url.searchParams.get('pageSize') ?? 100);
      const size = Math.max(1, Math.min(asked, opts.maxPageSize ?? 1000));
      const token = url.searchParams.get('pageToken');
      const start =
        token === null || token === ''
          ? 0
          : Number(Buffer.from(token, 'base64url').toString('utf8').replace('offset:', ''));
      const next =
        start + size < items.length ? Buffer.from(`offset:${start + size}`).toString('base64url') : undefined;
      return { page: items.slice(start, start + size), next };
    };
    /** A fault for `key` (denied or throttled), sent; true when one was. */
    const fault = (key: string, permission: string, service: string): boolean => {
      if (opts.denied?.includes(key)) {
        record(403);
        send(
          res,
          403,
          googleError(
            403,
            'PERMISSION_DENIED',
            `The caller does not have permission ${permission} on ${key.replace(/^\w+:/, '')}`,
          ),
        );
        return true;
      }
      const left = throttled.get(key) ?? 0;
      if (left > 0) {
        throttled.set(key, left - 1);
        record(429);
        send(
          res,
          429,
          googleError(
            429,
            'RESOURCE_EXHAUSTED',
            `Quota exceeded for quota metric 'Read requests' of service '${service}'`,
          ),
        );
        return true;
      }
      return false;
    };
    // CAI accepts a project id or number as the parent; ancestors name projects by number.
    const ancestorOf = (kind: string, ref: string) =>
      kind === 'projects' && numberById.has(ref) ? `projects/${numberById.get(ref)}` : `${kind}/${ref}`;

    const direct =
      /^\/v2\/projects\/([^/]+)\/metrics$/.exec(url.pathname) ??
      /^\/v3\/projects\/([^/]+)\/alertPolicies$/.exec(url.pathname);
    if (req.method === 'GET' && direct !== null) {
      const logging = url.pathname.startsWith('/v2/');
      const project = `projects/${direct[1]!}`;
      const [api, permission, assetType, field] = logging
        ? ['logging', 'logging.logMetrics.list', 'logging.googleapis.com/LogMetric', 'metrics']
        : [
            'monitoring',
            'monitoring.alertPolicies.list',
            'monitoring.googleapis.com/AlertPolicy',
            'alertPolicies',
          ];
      if (fault(`${api}:${project}`, permission, `${api}.googleapis.com`)) return;
      const ancestor = ancestorOf('projects', direct[1]!);
      const items = held
        .filter(({ rec }) => rec.assetType === assetType && rec.ancestors[0] === ancestor)
        .map(({ rec }) => rec.resource?.data ?? {});
      const { page, next } = pageOf(items);
      record(200);
      return send(res, 200, {
        [field]: page,
        ...(next === undefined ? {} : { nextPageToken: next }),
        ...(logging ? {} : { totalSize: items.length }),
      });
    }

    const m = /^\/v1\/((organizations|folders|projects)\/([^/]+))\/assets$/.exec(url.pathname);
    if (req.method !== 'GET' || m === null) {
      record(404);
      return send(res, 404, googleError(404, 'NOT_FOUND', `no such method: ${req.method} ${url.pathname}`));
    }
    const parent = m[1]!;
    if (fault(parent, 'cloudasset.assets.listResource', 'cloudasset.googleapis.com')) return;
    const contentType = url.searchParams.get('contentType') ?? '';
    const ct = CONTENT_TYPES[contentType] ?? contentType;
    const types = url.searchParams.getAll('assetTypes');
    const ancestor = ancestorOf(m[2]!, m[3]!);
    const matching = held.filter(
      ({ rec }) =>
        rec.ancestors.includes(ancestor) &&
        (types.length === 0 || types.includes(rec.assetType)) &&
        (ct === 'RESOURCE'
          ? rec.resource !== undefined
          : ct === 'IAM_POLICY'
            ? rec.iamPolicy !== undefined
            : true),
    );
    const { page, next } = pageOf(matching);
    record(200);
    send(res, 200, {
      readTime: '2026-11-27T03:00:00Z',
      assets: page.map(({ rec, raw }) => restForm(rec, raw)),
      ...(next === undefined ? {} : { nextPageToken: next }),
    });
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The records of JSON Lines texts (blank lines skipped). */
export function jsonLines(...texts: string[]): unknown[] {
  return texts.flatMap((t) =>
    t
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as unknown),
  );
}
