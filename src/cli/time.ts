/** "Now" for every command: `--at <ISO time>`, else PARAPET_NOW, else the clock. */
import { UsageError } from '../model/errors.js';

export function resolveNow(at: string | undefined, env: NodeJS.ProcessEnv): Date {
  const raw = at ?? env.PARAPET_NOW;
  if (raw === undefined || raw === '') return new Date();
  const d = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(d.getTime())) {
    throw new UsageError(
      `${at !== undefined ? '--at' : 'PARAPET_NOW'}: "${raw}" is not an ISO time (expected e.g. 2026-11-28T12:00:00Z)`,
    );
  }
  return d;
}
