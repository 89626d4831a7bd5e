import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateEvent, DiagnosticEvent, ImportEvent } from '../../import/types.js';
import { AZURE_CALLS, callOfRequest } from './calls.js';
import { collectAll, loadEstate, S1, S2, type EstateRow } from './testing/harness.js';
import { startReplayServer, type ReplayServer } from './testing/replay-server.js';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const candidates = (events: ImportEvent[], type?: string) =>
  events.filter(
    (e): e is CandidateEvent => e.kind === 'candidate' && (type === undefined || e.type === type),
  );
const diagnostics = (events: ImportEvent[]) =>
  events.filter((e): e is DiagnosticEvent => e.kind === 'diagnostic');

/** Network interfaces (a type Parapet does not assess) to push the resources table past one page. */
function filler(n: number): EstateRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `/subscriptions/${S1}/resourceGroups/rg-bulk/providers/Microsoft.Network/networkInterfaces/nic-${String(i).padStart(4, '0')}`,
    name: `nic-${i}`,
    type: 'microsoft.network/networkinterfaces',
    subscriptionId: S1,
    resourceGroup: 'rg-bulk',
    location: 'westeurope',
    properties: {},
  }));
}

describe('Azure live collection against the loopback ARM endpoint', () => {
  it('reads every Resource Graph page, retries a 429 after its Retry-After, and maps rows like the importer', async () => {
    server = await startReplayServer([...loadEstate(), ...filler(1100)], { throttleGraph: 1 });
    const events = await collectAll(server.endpoint);
    const graph = server.requests.filter((r) =>
      r.path.toLowerCase().startsWith('/providers/microsoft.resourcegraph'),
    );
    expect(graph[0]?.status).toBe(429);
    expect(graph[1]?.status).toBe(200);
    // resources: 2 pages (1,110 rows); resourcecontainers and authorizationresources: 1 page each.
    expect(graph.filter((r) => r.status === 200)).toHaveLength(4);
    expect(
      events.filter(
        (e) => e.kind === 'unsupported' && e.resourceType === 'microsoft.network/networkinterfaces',
      ),
    ).toHaveLength(1100);
    const storage = candidates(events, 'azure.storage.account')[0]!;
    expect(storage.candidate.uid).toBe(
      `/subscriptions/${S1}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stdataprod01`,
    );
    expect(storage.candidate.source).toMatchObject({ kind: 'live', format: 'azure-resource-graph' });
    expect(storage.candidate.config.blobSoftDelete).toEqual({ enabled: true, days: 7 });
    const complete = events
      .filter((e) => e.kind === 'scope' && e.covers !== undefined)
      .map((e) => e.kind === 'scope' && e.account);
    expect(complete.sort()).toEqual([S1, S2]);
    expect(diagnostics(events)).toEqual([]);
  });

  it('sends only declared, read-only calls', async () => {
    server = await startReplayServer(loadEstate());
    await collectAll(server.endpoint);
    expect(server.requests.length).toBeGreaterThan(10);
    for (const r of server.requests)
      expect(callOfRequest(r.method, r.path), `${r.method} ${r.path}`).toBeDefined();
    for (const c of AZURE_CALLS) for (const p of c.permissions) expect(p).toMatch(/\/read$/);
  });

  it('turns a 403 on one subscription and an API-version error into gaps, and goes on', async () => {
    server = await startReplayServer(loadEstate(), {
      deniedSubscriptions: [S2],
      noProvider: ['/fileservices/'],
    });
    const events = await collectAll(server.endpoint);
    const messages = diagnostics(events).map((d) => d.message);
    expect(
      messages.some((m) => m.includes(`/subscriptions/${S2}`) && m.includes('403 AuthorizationFailed')),
    ).toBe(true);
    expect(
      messages.some((m) => m.includes('NoRegisteredProviderFound') && m.includes('fileServiceProperties')),
    ).toBe(true);
    const sub2 = candidates(events, 'azure.subscription').find(
      (c) =>
        c.candidate.uid === `/subscriptions/${S2}` &&
        c.candidate.config.state !== undefined &&
        typeof c.candidate.config.state === 'string',
    );
    expect(sub2).toBeDefined();
    // Subscription 1 is untouched by subscription 2's denial.
    expect(candidates(events, 'azure.sql.server')).toHaveLength(1);
    expect(diagnostics(events).every((d) => d.level === 'warning')).toBe(true);
  });

  it('limits the scan to --subscriptions and names a requested subscription it cannot see', async () => {
    server = await startReplayServer(loadEstate());
    const missing = 'c3d4e5f6-0000-4000-8000-000000000003';
    const events = await collectAll(server.endpoint, { subscriptions: `${S2},${missing}` });
    expect(diagnostics(events).map((d) => d.message)).toEqual([
      `subscription ${missing}: not visible to this identity, or not enabled; it was not scanned`,
    ]);
    const accounts = new Set(candidates(events).map((c) => c.candidate.account));
    expect([...accounts]).toEqual([S2]);
  });

  it('scopes Resource Graph to a management group', async () => {
    server = await startReplayServer(loadEstate(), {}, { 'mg-prod': [S1] });
    const events = await collectAll(server.endpoint, { managementGroup: 'mg-prod' });
    expect(new Set(candidates(events).map((c) => c.candidate.account))).toEqual(new Set([S1]));
    expect(server.requests.some((r) => r.path.startsWith('/subscriptions?'))).toBe(false);
  });
});
