/**
 * Test helpers for the Azure live source: a fixed-token credential (no identity provider is called),
 * the recorded estate, and a collector run that gathers every event.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import type { ImportEvent } from '../../../import/types.js';
import { collectAzure } from '../collect.js';
import { parseAzureOptions } from '../options.js';
import { TEST_CA } from './replay-server.js';

export const ESTATE_FILE = join(import.meta.dirname, '..', 'fixtures', 'estate.json');
export const S1 = 'a1b2c3d4-0000-4000-8000-000000000001';
export const S2 = 'b2c3d4e5-0000-4000-8000-000000000002';

export type EstateRow = Record<string, unknown> & { id: string; type: string };

export function loadEstate(): EstateRow[] {
  return JSON.parse(readFileSync(ESTATE_FILE, 'utf8')) as EstateRow[];
}

/** A credential that hands out a fixed token, as an identity provider would. */
export const fixedToken: TokenCredential = {
  getToken: () =>
    Promise.resolve({ token: 'loopback-test-token', expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/** Run the collector against `endpoint` and return every event. */
export async function collectAll(
  endpoint: string,
  raw: Record<string, unknown> = {},
): Promise<ImportEvent[]> {
  const options = parseAzureOptions({ azureEndpoint: endpoint, ...raw });
  const events: ImportEvent[] = [];
  const logs: string[] = [];
  for await (const batch of collectAzure(
    options,
    { now: new Date('2026-06-01T00:00:00Z'), env: {}, log: (m) => logs.push(m) },
    { credential: fixedToken, ca: TEST_CA, maxRetries: 3 },
  ))
    events.push(...batch);
  return events;
}
