/**
 * What a failed Azure call means for the scan, in words for the user and the asset's unknown fields:
 * access denied (403), a provider or API version the subscription does not offer, throttling that
 * outlasted the retries, or anything else. A failure is never an exception that stops the scan.
 */
import { isRestError } from '@azure/core-rest-pipeline';

/** Azure error codes that say the subscription does not offer the resource provider or API version. */
const NOT_OFFERED = new Set([
  'noregisteredproviderfound',
  'invalidapiversionparameter',
  'invalidresourcetype',
  'missingsubscriptionregistration',
  'subscriptionnotregistered',
]);

/** One line naming the call, the status and Azure's error code, and what it means. */
export function failureReason(call: string, e: unknown): string {
  if (isRestError(e)) {
    const status = e.statusCode;
    const code = e.code ?? '';
    const detail = (e.message.split('\n')[0] ?? '').slice(0, 200);
    const meaning =
      status === 403 || status === 401
        ? 'access denied (grant the role from `parapet permissions azure`)'
        : NOT_OFFERED.has(code.toLowerCase())
          ? 'the provider or API version is not available in this subscription'
          : status === 429
            ? 'throttled by Azure Resource Manager after every retry'
            : status === 404
              ? 'not found'
              : 'the call failed';
    return `${call}: ${meaning} (HTTP ${status ?? '?'}${code ? ` ${code}` : ''}: ${detail})`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return `${call}: the call failed (${message.split('\n')[0]?.slice(0, 200)})`;
}
