/**
 * Test support: a loopback HTTP server (127.0.0.1, random port) that answers real AWS SDK clients
 * from recorded responses. It reads each request the way AWS does — the SigV4 credential scope gives
 * the region and service, the access key the account (replay keys end in the 12-digit account id),
 * the query form / X-Amz-Target / REST path the operation — and replies in that service's protocol.
 * Recordings can answer once (`times`), fail (`error`: AccessDenied, ThrottlingException/429),
 * hang (a region that times out), or wait (`delayMs`, and `latencyMs` for every request).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { BACKUP_PLAN_ROUTES } from './backup-data-estate.js';
import { renderError, renderOutput, type WireResponse } from './wire.js';

export interface ReplayRequest {
  service: string;
  region: string;
  account: string;
  operation: string;
  /** Query-form fields, the JSON body, or REST path/query values (`Bucket`, `name`, `nextToken`). */
  params: Record<string, unknown>;
}

export interface Recording {
  service: string;
  operation: string;
  region?: string;
  account?: string;
  when?: (params: Record<string, unknown>) => boolean;
  /** SDK-shaped output (member names as in the SDK's `...CommandOutput`). */
  output?: Record<string, unknown> | ((req: ReplayRequest) => Record<string, unknown>);
  error?: { status: number; code: string; message?: string };
  /** Answer this many times, then step aside for the next matching recording. */
  times?: number;
  /** Never answer (the client's timeout fires). */
  hang?: boolean;
  delayMs?: number;
}

export interface ReplayOptions {
  /** Added to every answer. */
  latencyMs?: number;
  /** Account for requests whose access key does not end in an account id. */
  defaultAccount?: string;
  /** Decide an answer before the recordings (e.g. a rate limiter in the benchmark). */
  intercept?: (req: ReplayRequest) => WireResponse | undefined;
}

const S3_SUBRESOURCES: Record<string, string> = {
  location: 'GetBucketLocation',
  acl: 'GetBucketAcl',
  policy: 'GetBucketPolicy',
  publicAccessBlock: 'GetPublicAccessBlock',
  encryption: 'GetBucketEncryption',
  versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging',
  'object-lock': 'GetObjectLockConfiguration',
  tagging: 'GetBucketTagging',
  lifecycle: 'GetBucketLifecycleConfiguration',
  notification: 'GetBucketNotificationConfiguration',
  replication: 'GetBucketReplication',
};

/** REST-JSON operations by signing service, method and path (`label` names the path parameter). */
const REST_JSON_ROUTES: Record<
  string,
  { method: string; path: RegExp; operation: string; label?: string }[]
> = {
  eks: [
    { method: 'GET', path: /^\/clusters$/, operation: 'ListClusters' },
    { method: 'GET', path: /^\/clusters\/([^/]+)$/, operation: 'DescribeCluster', label: 'name' },
  ],
  securityhub: [{ method: 'GET', path: /^\/accounts$/, operation: 'DescribeHub' }],
  apigateway: [
    { method: 'GET', path: /^\/restapis$/, operation: 'GetRestApis' },
    { method: 'GET', path: /^\/restapis\/([^/]+)\/stages$/, operation: 'GetStages', label: 'restApiId' },
  ],
  apigatewayv2: [
    { method: 'GET', path: /^\/v2\/apis$/, operation: 'GetApis' },
    { method: 'GET', path: /^\/v2\/apis\/([^/]+)\/routes$/, operation: 'GetRoutes', label: 'ApiId' },
    { method: 'GET', path: /^\/v2\/apis\/([^/]+)\/stages$/, operation: 'GetStages', label: 'ApiId' },
  ],
  appsync: [
    { method: 'GET', path: /^\/v1\/apis$/, operation: 'ListGraphqlApis' },
    { method: 'GET', path: /^\/v1\/apis\/([^/]+)\/ApiCaches$/, operation: 'GetApiCache', label: 'apiId' },
  ],
  route53: [
    { method: 'GET', path: /^\/2013-04-01\/hostedzone$/, operation: 'ListHostedZones' },
    { method: 'GET', path: /^\/2013-04-01\/queryloggingconfig$/, operation: 'ListQueryLoggingConfigs' },
  ],
  // CloudFront and Route 53 are REST-XML, but its requests are routed by method and path the same way.
  cloudfront: [
    { method: 'GET', path: /^\/2020-05-31\/distribution$/, operation: 'ListDistributions' },
    {
      method: 'GET',
      path: /^\/2020-05-31\/distribution\/([^/]+)$/,
      operation: 'GetDistribution',
      label: 'Id',
    },
  ],
  guardduty: [
    { method: 'GET', path: /^\/detector$/, operation: 'ListDetectors' },
    { method: 'GET', path: /^\/detector\/([^/]+)$/, operation: 'GetDetector', label: 'DetectorId' },
  ],
  macie2: [{ method: 'GET', path: /^\/macie$/, operation: 'GetMacieSession' }],
  'access-analyzer': [{ method: 'GET', path: /^\/analyzer$/, operation: 'ListAnalyzers' }],
  es: [
    { method: 'GET', path: /^\/2021-01-01\/domain$/, operation: 'ListDomainNames' },
    { method: 'POST', path: /^\/2021-01-01\/opensearch\/domain-info$/, operation: 'DescribeDomains' },
    { method: 'GET', path: /^\/2021-01-01\/tags\/?$/, operation: 'ListTags' },
  ],
  kafka: [{ method: 'GET', path: /^\/v1\/clusters$/, operation: 'ListClusters' }],
  account: [{ method: 'POST', path: /^\/getAlternateContact$/, operation: 'GetAlternateContact' }],
  lambda: [
    { method: 'GET', path: /^\/2015-03-31\/functions\/?$/, operation: 'ListFunctions' },
    {
      method: 'GET',
      path: /^\/2015-03-31\/functions\/([^/]+)\/policy$/,
      operation: 'GetPolicy',
      label: 'FunctionName',
    },
    { method: 'GET', path: /^\/2017-03-31\/tags\/(.+)$/, operation: 'ListTags', label: 'Resource' },
  ],
  elasticfilesystem: [
    { method: 'GET', path: /^\/2015-02-01\/file-systems$/, operation: 'DescribeFileSystems' },
    { method: 'GET', path: /^\/2015-02-01\/access-points$/, operation: 'DescribeAccessPoints' },
    {
      method: 'GET',
      path: /^\/2015-02-01\/file-systems\/([^/]+)\/backup-policy$/,
      operation: 'DescribeBackupPolicy',
      label: 'FileSystemId',
    },
  ],
  backup: [
    { method: 'GET', path: /^\/backup-vaults\/?$/, operation: 'ListBackupVaults' },
    {
      method: 'GET',
      path: /^\/backup-vaults\/([^/]+)\/recovery-points\/?$/,
      operation: 'ListRecoveryPointsByBackupVault',
      label: 'BackupVaultName',
    },
    ...BACKUP_PLAN_ROUTES,
  ],
};

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Parse what AWS would: service, region, account, operation, parameters. */
export function parseRequest(
  method: string,
  rawUrl: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  defaultAccount: string,
): ReplayRequest | string {
  const auth = String(headers.authorization ?? '');
  const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (scope === null) return 'request is not SigV4-signed';
  const [, accessKey = '', region = '', signingService = ''] = scope;
  const account = /(\d{12})$/.exec(accessKey)?.[1] ?? defaultAccount;
  const url = new URL(rawUrl, 'http://replay');
  const target = headers['x-amz-target'];
  let service = signingService;
  let operation: string | undefined;
  let params: Record<string, unknown> = {};
  if (typeof target === 'string') {
    operation = target.split('.').pop();
    params = body === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
  } else if (body.includes('Action=')) {
    const form = new URLSearchParams(body);
    operation = form.get('Action') ?? undefined;
    params = Object.fromEntries(form.entries());
    // Classic and v2 Elastic Load Balancing sign alike; the API version tells them apart.
    if (signingService === 'elasticloadbalancing' && form.get('Version') === '2012-06-01') service = 'elb';
  } else if (signingService === 's3' && url.pathname.startsWith('/v20180820/')) {
    service = 's3-control';
    if (url.pathname.endsWith('/configuration/publicAccessBlock')) operation = 'GetPublicAccessBlock';
    const ap = /^\/v20180820\/accesspoint(?:\/([^/]+))?$/.exec(url.pathname);
    if (ap !== null) operation = ap[1] === undefined ? 'ListAccessPoints' : 'GetAccessPoint';
    params = {
      AccountId: headers['x-amz-account-id'],
      ...Object.fromEntries(url.searchParams.entries()),
      ...(ap?.[1] === undefined ? {} : { Name: decodeURIComponent(ap[1]) }),
    };
  } else if (signingService === 's3') {
    const bucket = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    if (bucket === '') operation = method === 'GET' ? 'ListBuckets' : undefined;
    else {
      const sub = Object.keys(S3_SUBRESOURCES).find((k) => url.searchParams.has(k));
      operation = sub === undefined ? undefined : S3_SUBRESOURCES[sub];
    }
    params = { Bucket: bucket, ...Object.fromEntries(url.searchParams.entries()) };
  } else {
    if (signingService === 'apigateway' && url.pathname.startsWith('/v2/')) service = 'apigatewayv2';
    const route = (REST_JSON_ROUTES[service] ?? []).find(
      (r) => r.method === method && r.path.test(url.pathname),
    );
    operation = route?.operation;
    const label = route === undefined ? undefined : route.path.exec(url.pathname)?.[1];
    params = {
      // A REST-JSON body carries the members that are not in the path or query (DescribeDomains).
      ...(body.startsWith('{') ? (JSON.parse(body) as Record<string, unknown>) : {}),
      ...Object.fromEntries(url.searchParams.entries()),
      ...(label !== undefined && route?.label !== undefined
        ? { [route.label]: decodeURIComponent(label) }
        : {}),
    };
  }
  if (operation === undefined) return `cannot tell the operation of ${method} ${rawUrl} (${signingService})`;
  return { service, region, account, operation, params };
}

export class ReplayServer {
  readonly requests: ReplayRequest[] = [];
  readonly unmatched: ReplayRequest[] = [];
  readonly #recordings: (Recording & { used: number })[];
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;

  constructor(
    recordings: readonly Recording[],
    readonly options: ReplayOptions = {},
  ) {
    this.#recordings = recordings.map((r) => ({ ...r, used: 0 }));
  }

  /** Start on 127.0.0.1 and a free port; resolves to the endpoint URL. */
  async start(): Promise<string> {
    const server = createServer((req, res) => void this.#handle(req, res));
    server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.#server = server;
    const addr = server.address();
    if (addr === null || typeof addr === 'string') throw new Error('replay server has no port');
    return `http://127.0.0.1:${addr.port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }

  /** How many requests were made for `service:operation`. */
  count(service: string, operation: string): number {
    return this.requests.filter((r) => r.service === service && r.operation === operation).length;
  }

  #find(req: ReplayRequest): (Recording & { used: number }) | undefined {
    return this.#recordings.find(
      (r) =>
        r.service === req.service &&
        r.operation === req.operation &&
        (r.region === undefined || r.region === req.region) &&
        (r.account === undefined || r.account === req.account) &&
        (r.times === undefined || r.used < r.times) &&
        (r.when === undefined || r.when(req.params)),
    );
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await bodyOf(req);
    const parsed = parseRequest(
      req.method ?? 'GET',
      req.url ?? '/',
      req.headers,
      body,
      this.options.defaultAccount ?? '000000000000',
    );
    if (typeof parsed === 'string') {
      this.#send(res, { status: 400, headers: { 'content-type': 'text/plain' }, body: parsed });
      return;
    }
    this.requests.push(parsed);
    const latency = this.options.latencyMs ?? 0;
    const intercepted = this.options.intercept?.(parsed);
    if (intercepted !== undefined) {
      await delay(latency);
      this.#send(res, intercepted);
      return;
    }
    const rec = this.#find(parsed);
    if (rec === undefined) {
      this.unmatched.push(parsed);
      this.#send(
        res,
        renderError(
          parsed.service,
          500,
          'InternalFailure',
          `no recording for ${parsed.service}:${parsed.operation} in ${parsed.region}`,
        ),
      );
      return;
    }
    rec.used++;
    if (rec.hang) return; // the socket stays open until the client gives up or the server stops
    await delay(latency + (rec.delayMs ?? 0));
    if (rec.error !== undefined) {
      this.#send(
        res,
        renderError(parsed.service, rec.error.status, rec.error.code, rec.error.message ?? rec.error.code),
      );
      return;
    }
    const output = typeof rec.output === 'function' ? rec.output(parsed) : (rec.output ?? {});
    this.#send(res, renderOutput(parsed.service, parsed.operation, output));
  }

  #send(res: ServerResponse, w: WireResponse): void {
    if (res.destroyed) return;
    res.writeHead(w.status, {
      ...w.headers,
      'x-amzn-requestid': 'replay',
      'content-length': Buffer.byteLength(w.body),
    });
    res.end(w.body);
  }
}

const delay = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());
