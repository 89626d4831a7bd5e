/** The demo estate's CAI exports (resource and iam-policy, both projects) as records for the replay server. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines } from './replay-server.js';

export const DEMO_GCP_DIR = join(import.meta.dirname, '..', '..', '..', '..', '..', 'demo', 'gcp');
export const DEMO_ORG = '696642624603';
export const DEMO_PROJECTS = ['nwf-data-dev', 'nwf-routing-prod'] as const;

export function demoRecords(): unknown[] {
  return DEMO_PROJECTS.flatMap((p) =>
    ['resource-export.jsonl', 'iam-policy-export.jsonl'].flatMap((f) =>
      jsonLines(readFileSync(join(DEMO_GCP_DIR, p, f), 'utf8')),
    ),
  );
}
