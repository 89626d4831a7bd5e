/** Age arithmetic for the credential rules: how long ago a credential was used or rotated. */
import type { ConfigOf } from '../../../inventory/types.js';
import { need } from '../../api.js';

const DAY_MS = 86_400_000;

/** Whole days from `iso` to `now` (0 for a time in the future). */
export function ageInDays(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS));
}

/** `2026-05-20` — the date part of an ISO time, for messages. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * How an access key is named in messages: `key1` as the credential report names it, or an access key id
 * shortened to its last four characters (`AKIA…WXYZ`) so findings do not spread full key ids.
 */
export function keyLabel(id: string): string {
  return /^(AKIA|ASIA)[0-9A-Z]{12,}$/.test(id) ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}

/**
 * A user's usable credentials (console password, active access keys) and those unused for more than
 * `days` days, described for messages. A credential never used is judged by when it was set or created.
 */
export function unusedCredentials(
  config: ConfigOf<'aws.iam.user'>,
  now: Date,
  days: number,
): { credentials: number; unused: string[] } {
  const unused: string[] = [];
  let credentials = 0;
  if (need(config, 'passwordEnabled')) {
    credentials++;
    const lastUsed = need(config, 'passwordLastUsed');
    const since = lastUsed ?? need(config, 'passwordLastChanged') ?? need(config, 'createdAt');
    if (ageInDays(since, now) > days)
      unused.push(
        lastUsed === null
          ? `console password (never used, set ${dateOf(since)})`
          : `console password (last used ${dateOf(since)})`,
      );
  }
  for (const key of need(config, 'accessKeys')) {
    if (!key.active) continue;
    credentials++;
    const since = key.lastUsed ?? key.lastRotated ?? need(config, 'createdAt');
    if (ageInDays(since, now) > days)
      unused.push(
        key.lastUsed === null
          ? `access key ${keyLabel(key.id)} (never used, created ${dateOf(since)})`
          : `access key ${keyLabel(key.id)} (last used ${dateOf(since)})`,
      );
  }
  return { credentials, unused };
}
