/** Files under the IaC paths with given extensions (recursive, sorted; hidden, .terraform and node_modules skipped). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['.terraform', 'node_modules', '.git']);

export function filesUnder(paths: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  const matches = (name: string) => extensions.some((e) => name.toLowerCase().endsWith(e));
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && matches(e.name)) out.push(p);
    }
  };
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) walk(p, 0);
      else if (matches(p)) out.push(p);
    } catch {
      // Reported by the Terraform loader, which reads every path.
    }
  }
  return out;
}
