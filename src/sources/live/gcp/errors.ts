/**
 * What a failed Google API call means for collection: a quota or rate error (retry with backoff), a
 * permission or "API not enabled" error (a gap with the reason, collection goes on), a missing
 * resource, or something else. The client libraries report errors as gax `GoogleError`s (numeric
 * gRPC `code`) or, over the REST transport, as HTTP errors whose body is the JSON error
 * (`{ "error": { "code": 403, "status": "PERMISSION_DENIED", "message": ... } }`).
 */
import { isRecord } from '../../import/json-file.js';

export type GoogleErrorKind = 'quota' | 'denied' | 'not-found' | 'unavailable' | 'other';

export interface ClassifiedError {
  kind: GoogleErrorKind;
  /** `PERMISSION_DENIED`, `RESOURCE_EXHAUSTED`, ... when known. */
  status: string | undefined;
  /** The service's message, without the JSON wrapping. */
  message: string;
}

const GRPC_STATUS: Record<number, string> = {
  4: 'DEADLINE_EXCEEDED',
  5: 'NOT_FOUND',
  7: 'PERMISSION_DENIED',
  8: 'RESOURCE_EXHAUSTED',
  14: 'UNAVAILABLE',
  16: 'UNAUTHENTICATED',
};
const HTTP_STATUS: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  503: 'UNAVAILABLE',
};

/** The JSON error body of a REST response, if the message or response carries one. */
function jsonError(e: Record<string, unknown>): Record<string, unknown> | undefined {
  const fromResponse = isRecord(e.response) ? e.response.data : undefined;
  const candidates = [fromResponse, typeof e.message === 'string' ? e.message : undefined];
  for (const c of candidates) {
    let v: unknown = c;
    if (typeof c === 'string') {
      try {
        v = JSON.parse(c);
      } catch {
        continue;
      }
    }
    if (isRecord(v) && isRecord(v.error)) return v.error;
  }
  return undefined;
}

/**
 * Classify an error thrown by a Google client library call.
 * @example classifyGoogleError({ code: 8, message: 'Quota exceeded' }).kind // 'quota'
 */
export function classifyGoogleError(e: unknown): ClassifiedError {
  if (!isRecord(e)) return { kind: 'other', status: undefined, message: String(e) };
  const body = jsonError(e);
  const status =
    (typeof body?.status === 'string' ? body.status : undefined) ??
    (typeof e.status === 'string' ? e.status : undefined) ??
    (typeof e.code === 'number' ? (GRPC_STATUS[e.code] ?? HTTP_STATUS[e.code]) : undefined) ??
    (typeof body?.code === 'number' ? HTTP_STATUS[body.code] : undefined) ??
    (typeof e.status === 'number' ? HTTP_STATUS[e.status] : undefined);
  const message =
    typeof body?.message === 'string'
      ? body.message
      : typeof e.message === 'string'
        ? e.message
        : JSON.stringify(e);
  const kind: GoogleErrorKind =
    status === 'RESOURCE_EXHAUSTED'
      ? 'quota'
      : status === 'PERMISSION_DENIED' || status === 'UNAUTHENTICATED'
        ? 'denied'
        : status === 'NOT_FOUND'
          ? 'not-found'
          : status === 'UNAVAILABLE' || status === 'DEADLINE_EXCEEDED'
            ? 'unavailable'
            : 'other';
  return { kind, status, message };
}

export interface RetryPolicy {
  /** Attempts in all, including the first. */
  attempts: number;
  /** First backoff in milliseconds; doubled each retry, with jitter. */
  baseMs: number;
  /** Waits (injectable so tests do not sleep). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 6,
  baseMs: 1000,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const t = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      });
    }),
};

/**
 * Run `call`, retrying quota (RESOURCE_EXHAUSTED / 429) and unavailable errors with exponential
 * backoff; any other error, or the last one, is thrown. `onRetry` hears of each retry.
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (err: ClassifiedError, attempt: number, waitMs: number) => void = () => {},
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const c = classifyGoogleError(e);
      if ((c.kind !== 'quota' && c.kind !== 'unavailable') || attempt >= policy.attempts) throw e;
      const waitMs = Math.round(policy.baseMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
      onRetry(c, attempt, waitMs);
      await policy.sleep(waitMs, signal);
    }
  }
}
