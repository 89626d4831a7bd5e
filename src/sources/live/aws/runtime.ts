/**
 * The machinery every AWS collector shares: SDK clients built per account, region and service with
 * adaptive retry and a per-request timeout; a concurrency limit per service; and `call`, which turns
 * a thrown SDK error into a typed failure (denied, throttled, timed out, ...) that the collectors
 * record as a gap instead of stopping the scan.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Why a call did not return data. */
export interface CallFailure {
  kind: 'denied' | 'throttled' | 'timeout' | 'not-found' | 'error';
  /** The AWS error code (`AccessDenied`, `ThrottlingException`, ...) or the client error name. */
  code: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: CallFailure; reason: string };

const DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
  'AuthFailure',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'OptInRequired',
  'SubscriptionRequiredException',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
]);

interface SdkErrorShape {
  name?: unknown;
  Code?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** Classify an error thrown by an SDK call. */
export function failureOf(e: unknown): CallFailure {
  const err = (typeof e === 'object' && e !== null ? e : {}) as SdkErrorShape;
  const code = [err.Code, err.code, err.name].find((v): v is string => typeof v === 'string') ?? 'Error';
  const message = typeof err.message === 'string' && err.message !== '' ? err.message : String(e);
  const status = err.$metadata?.httpStatusCode;
  if (DENIED.has(code) || status === 403) return { kind: 'denied', code, message };
  if (THROTTLED.has(code) || status === 429) return { kind: 'throttled', code, message };
  if (code === 'TimeoutError' || /timed? ?out|ETIMEDOUT|socket hang up/i.test(message))
    return { kind: 'timeout', code, message };
  if (status === 404 || /NotFound|NoSuch/.test(code)) return { kind: 'not-found', code, message };
  return { kind: 'error', code, message };
}

/** A counting semaphore: at most `limit` tasks run at once, the rest wait in order. */
export class Limiter {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#running++;
    try {
      return await task();
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }
}

/**
 * Calls in flight per account, region and service. AWS's request quotas are per account and region
 * (and per API); these limits keep a scan well inside them so that adaptive retry rarely has to act.
 */
export const SERVICE_CONCURRENCY: Readonly<Record<string, number>> = {
  ec2: 8,
  iam: 4,
  s3: 32,
  's3-control': 2,
  kms: 8,
  cloudtrail: 4,
  rds: 4,
  elasticloadbalancing: 4,
  elb: 4,
  eks: 4,
  sts: 4,
  organizations: 2,
  securityhub: 4,
  guardduty: 4,
  macie2: 4,
  'access-analyzer': 4,
  config: 4,
  account: 2,
};

/** The SDK client settings every collector uses. */
export interface ClientSettings {
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  endpointUrl?: string;
  timeoutMs: number;
  maxAttempts: number;
  /** One HTTP handler for every client of a run (see `SharedHttpHandler`); per-client when absent. */
  handler?: SharedHttpHandler;
  /** SDK settings read from the environment and shared config once per run (see `sharedSdkSettings`). */
  sdk?: SdkSettings;
}

/** Client settings as providers of values resolved once, passed to every client of a run. */
export type SdkSettings = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Settings every SDK client resolves from `AWS_*` environment variables and the shared config file
 * on its own (FIPS and dual-stack endpoints, app id, auth scheme preference, S3 checksum and
 * ARN-region behaviour). An organisation scan builds thousands of clients (account × region ×
 * service), and each resolution walks a provider chain that throws and catches an error per unset
 * variable; resolving them once, with the SDK's own loaders (a throwaway S3 client carries all of
 * them), gives every client the same values for a fraction of the CPU. A setting whose resolution
 * fails is left out, so each client meets (and reports) the failure as it would have. `defaultsMode`
 * is not resolved: its `auto` mode may ask the instance metadata service, and clients given a request
 * handler and a retry mode, as ours are, never ask for it.
 */
export async function sharedSdkSettings(): Promise<SdkSettings> {
  const template = new S3Client({ region: 'us-east-1' });
  const config = template.config as unknown as Record<string, unknown>;
  const out: Record<string, () => Promise<unknown>> = {};
  try {
    for (const key of [
      'useFipsEndpoint',
      'useDualstackEndpoint',
      'userAgentAppId',
      'authSchemePreference',
      'requestChecksumCalculation',
      'responseChecksumValidation',
      'useArnRegion',
      'disableS3ExpressSessionAuth',
      'sigv4aSigningRegionSet',
    ]) {
      const provider = config[key];
      if (typeof provider !== 'function') continue;
      try {
        const value: unknown = await (provider as () => Promise<unknown>)();
        out[key] = () => Promise.resolve(value);
      } catch {
        // left to each client
      }
    }
  } finally {
    template.destroy();
  }
  return out;
}

/**
 * One keep-alive connection pool for every SDK client of a scan. Each client would otherwise build its
 * own pool, so the hundreds of clients of an organisation scan (account × region × service) could not
 * reuse each other's connections to the same regional endpoint and would each pay for new TCP and TLS
 * handshakes. Clients' `destroy()` leaves the shared pool alone; the run calls `close()` once at the end.
 */
export class SharedHttpHandler extends NodeHttpHandler {
  constructor(timeoutMs: number) {
    const agent = { keepAlive: true, maxSockets: 256 };
    super({
      requestTimeout: timeoutMs,
      connectionTimeout: timeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: new HttpAgent(agent),
      httpsAgent: new HttpsAgent(agent),
    });
  }
  override destroy(): void {
    // shared: closed by close()
  }
  close(): void {
    super.destroy();
  }
}

/** The constructor config shared by every client: adaptive retry, timeouts, optional endpoint. */
export function clientConfig(settings: ClientSettings, region: string) {
  return {
    region,
    credentials: settings.credentials,
    maxAttempts: settings.maxAttempts,
    retryMode: 'adaptive' as const,
    // Each client resolves its middleware stack once per command type, not on every request.
    cacheMiddleware: true,
    requestHandler: settings.handler ?? {
      requestTimeout: settings.timeoutMs,
      connectionTimeout: settings.timeoutMs,
      throwOnRequestTimeout: true,
    },
    ...(settings.endpointUrl === undefined ? {} : { endpoint: settings.endpointUrl }),
    ...settings.sdk,
  };
}

/** The reason recorded on a field whose call failed, naming the call, scope and AWS's answer. */
export function reasonOf(call: string, scope: string, f: CallFailure): string {
  const what =
    f.kind === 'denied'
      ? 'was denied'
      : f.kind === 'throttled'
        ? 'was throttled past every retry'
        : f.kind === 'timeout'
          ? 'timed out'
          : 'failed';
  return `${call} ${what} in ${scope} (${f.code}: ${f.message.slice(0, 300)})`;
}
