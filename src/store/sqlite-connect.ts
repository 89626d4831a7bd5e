/** Opening a connection to the SQLite store with the settings every connection uses. */
import Database from 'better-sqlite3';

export interface ConnectOptions {
  /** Page cache size. A scan's writer wants more (its batches touch pages all over the indexes). */
  cacheMiB?: number;
}

/** A connection in WAL mode (readers never wait for the writer), waiting up to 5 s for a lock. */
export function connect(path: string, options: ConnectOptions = {}): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = -${(options.cacheMiB ?? 64) * 1024}`);
  return db;
}
