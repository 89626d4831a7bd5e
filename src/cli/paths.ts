/** Where Parapet keeps things: the bundled demo estate and the default store. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (same relative place from src/cli and dist/cli). */
export function packageRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function demoDir(): string {
  return join(packageRoot(), 'demo');
}

export const DEFAULT_DB = join('.parapet', 'parapet.db');
