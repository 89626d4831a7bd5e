/**
 * Opening the store for the commands that read history (findings, suppress, baseline, drift,
 * metrics): the store must exist (a missing one is a usage error naming the path, not a new empty
 * file), and PostgreSQL URLs are refused until that adapter exists.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../model/errors.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.js';
import { DEFAULT_DB } from './paths.js';

export function openExistingStore(db: string | undefined, cwd: string): SqliteStore {
  const path = db ?? DEFAULT_DB;
  if (/^postgres(ql)?:\/\//.test(path))
    throw new UsageError(
      '--db: PostgreSQL stores are not available in this version yet; give a SQLite file path',
    );
  const full = resolve(cwd, path);
  if (!existsSync(full))
    throw new UsageError(`--db: no store at ${full} (record a scan first: parapet scan --db ${path} ...)`);
  return openSqliteStore(full);
}

/** A comma-separated, repeatable list option as a flat list. */
export function listOption(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const out = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return out.length === 0 ? undefined : out;
}
