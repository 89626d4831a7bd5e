/**
 * A loopback HTTPS server (127.0.0.1, a self-signed test certificate) that answers like Azure Resource
 * Manager and Resource Graph for one recorded estate, so the real SDK clients are exercised end to
 * end: Resource Graph paging with `$skipToken`, subscription listing, the ARM detail calls, and
 * injected faults (429 with Retry-After, 403 for one subscription, API-version errors). The estate
 * is an export of enriched Resource Graph rows (see ../enrich.ts): the server serves the rows without
 * their `parapet` column, and each row's ARM details at the paths the SDK calls.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const HERE = import.meta.dirname;
export const TEST_CA = readFileSync(join(HERE, 'loopback-cert.pem'), 'utf8');
const KEY = readFileSync(join(HERE, 'loopback-key.pem'), 'utf8');

type Row = Record<string, unknown> & { id: string; type: string; subscriptionId?: string };

export interface Faults {
  /** Answer the first N Resource Graph requests with 429 and `Retry-After: 1`. */
  throttleGraph?: number;
  /** Every ARM call under these subscriptions gets 403 AuthorizationFailed. */
  deniedSubscriptions?: string[];
  /** Lower-case path fragments answered with 400 NoRegisteredProviderFound (an API version the region lacks). */
  noProvider?: string[];
}

export interface ReplayServer {
  endpoint: string;
  /** Every request received, in order: method and path (with query). */
  requests: { method: string; path: string; status: number }[];
  close(): Promise<void>;
}

const PAGE = 1000;

function tableOf(query: string): string {
  return (/^\s*(\w+)/.exec(query)?.[1] ?? '').toLowerCase();
}

function tableOfRow(row: Row): string {
  const t = row.type.toLowerCase();
  if (t === 'microsoft.resources/subscriptions') return 'resourcecontainers';
  if (t.startsWith('microsoft.authorization/')) return 'authorizationresources';
  return 'resources';
}

function subscriptionOf(row: Row): string {
  return (row.subscriptionId ?? /^\/subscriptions\/([^/]+)/i.exec(row.id)?.[1] ?? '').toLowerCase();
}

/** ARM GET responses by lower-case path, from each row's `parapet.arm` details. */
function armResponses(rows: readonly Row[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const put = (path: string, body: unknown) => out.set(path.toLowerCase(), body);
  for (const row of rows) {
    const arm = (row.parapet as { arm?: Record<string, unknown> } | undefined)?.arm;
    if (arm === undefined) continue;
    const id = row.id;
    const list = (v: unknown) => ({ value: v });
    for (const [name, v] of Object.entries(arm)) {
      switch (name) {
        case 'activityLogDiagnosticSettings':
        case 'diagnosticSettings':
          put(`${id}/providers/microsoft.insights/diagnosticSettings`, list(v));
          break;
        case 'defenderPlans':
          put(`${id}/providers/Microsoft.Security/pricings`, list(v));
          break;
        case 'securityContacts':
          put(`${id}/providers/Microsoft.Security/securityContacts`, list(v));
          break;
        case 'blobServiceProperties':
          put(`${id}/blobServices/default`, v);
          break;
        case 'fileServiceProperties':
          put(`${id}/fileServices/default`, v);
          break;
        case 'keys':
        case 'secrets':
        case 'firewallRules':
          put(`${id}/${name}`, list(v));
          break;
        case 'auditingSettings':
          put(`${id}/auditingSettings/default`, v);
          break;
        case 'siteConfig':
          put(`${id}/config/web`, v);
          break;
        case 'databases': {
          const dbs = Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
          put(`${id}/databases`, list(dbs.map(({ transparentDataEncryption: _tde, ...db }) => db)));
          for (const db of dbs)
            put(
              `${id}/databases/${String(db.name)}/transparentDataEncryption/current`,
              db.transparentDataEncryption,
            );
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Start the server for an estate (rows with `parapet.arm` details).
 * @example const s = await startReplayServer(rows, { throttleGraph: 1 }); ...; await s.close();
 */
export async function startReplayServer(
  estate: readonly Row[],
  faults: Faults = {},
  managementGroups: Record<string, string[]> = {},
): Promise<ReplayServer> {
  const rows = estate.map(({ parapet: _p, ...r }) => r as Row);
  const arm = armResponses(estate);
  const subscriptions = rows.filter((r) => r.type.toLowerCase() === 'microsoft.resources/subscriptions');
  const requests: ReplayServer['requests'] = [];
  let throttles = faults.throttleGraph ?? 0;
  const denied = new Set((faults.deniedSubscriptions ?? []).map((s) => s.toLowerCase()));

  const server: Server = createServer({ key: KEY, cert: TEST_CA }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL((req.url ?? '/').replace(/^\/+/, '/'), 'https://127.0.0.1');
      const path = url.pathname.toLowerCase();
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, status });
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      const error = (status: number, code: string, message: string) =>
        send(status, { error: { code, message } });
      if (!url.searchParams.has('api-version'))
        return error(400, 'MissingApiVersionParameter', 'api-version is required');

      if (req.method === 'POST' && path === '/providers/microsoft.resourcegraph/resources') {
        if (throttles > 0) {
          throttles--;
          return send(
            429,
            { error: { code: 'RateLimiting', message: 'Please provide below info when asking for support' } },
            { 'retry-after': '1' },
          );
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          query: string;
          subscriptions?: string[];
          managementGroups?: string[];
          options?: { $top?: number; $skipToken?: string };
        };
        const subs = new Set(
          (body.subscriptions ?? (body.managementGroups ?? []).flatMap((g) => managementGroups[g] ?? [])).map(
            (s) => s.toLowerCase(),
          ),
        );
        const table = tableOf(body.query);
        let matched = rows.filter((r) => tableOfRow(r) === table && subs.has(subscriptionOf(r)));
        if (/project subscriptionId/i.test(body.query))
          matched = matched.map((r) => ({ subscriptionId: subscriptionOf(r) }) as Row);
        const top = Math.min(body.options?.$top ?? PAGE, PAGE);
        const start = body.options?.$skipToken
          ? Number(Buffer.from(body.options.$skipToken, 'base64').toString())
          : 0;
        const data = matched.slice(start, start + top);
        const next =
          start + top < matched.length ? Buffer.from(String(start + top)).toString('base64') : undefined;
        return send(200, {
          totalRecords: matched.length,
          count: data.length,
          resultTruncated: 'false',
          data,
          ...(next === undefined ? {} : { $skipToken: next }),
        });
      }
      if (req.method !== 'GET') return error(405, 'MethodNotAllowed', 'read-only replay');
      if (path === '/subscriptions') {
        return send(200, {
          value: subscriptions.map((s) => ({
            id: `/subscriptions/${subscriptionOf(s)}`,
            subscriptionId: subscriptionOf(s),
            displayName: s.name,
            state: 'Enabled',
            tenantId: s.tenantId,
          })),
        });
      }
      const sub = /^\/subscriptions\/([^/]+)/.exec(path)?.[1];
      if (sub !== undefined && denied.has(sub))
        return error(
          403,
          'AuthorizationFailed',
          `The client does not have authorization to perform action over scope '/subscriptions/${sub}'`,
        );
      if ((faults.noProvider ?? []).some((f) => path.includes(f)))
        return error(
          400,
          'NoRegisteredProviderFound',
          `No registered resource provider found for location and API version '${url.searchParams.get('api-version')}'`,
        );
      if (arm.has(path)) return send(200, arm.get(path));
      return error(404, 'ResourceNotFound', `${url.pathname} was not found`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
