/** Age arithmetic for the credential rules: how long ago a credential was used or rotated. */

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
