import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import type { RetryPolicy } from './errors.js';
import { createGcpSource } from './index.js';
import { DEMO_ORG, demoRecords } from './testing/demo-records.js';
import { startReplayServer, type ReplayOptions, type ReplayServer } from './testing/replay-server.js';

const TOKEN = 'test-token';
let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Collect with the real client against the replay server; sleeps are recorded, not slept. */
async function collect(replay: Omit<ReplayOptions, 'records' | 'token'>, raw: Record<string, unknown>) {
  server = await startReplayServer({ records: demoRecords(), token: TOKEN, ...replay });
  const url = new URL(server.url);
  const waits: number[] = [];
  const retry: RetryPolicy = {
    attempts: 4,
    baseMs: 100,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
  const source = createGcpSource({
    clientConfig: () => {
      const authClient = new OAuth2Client();
      authClient.setCredentials({ access_token: TOKEN });
      return { authClient, endpoint: { host: url.hostname, port: Number(url.port), protocol: 'http' } };
    },
    retry,
  });
  const log: string[] = [];
  const ctx: LiveContext = { now: new Date('2026-11-28T00:00:00Z'), env: {}, log: (m) => void log.push(m) };
  const events: ImportEvent[] = [];
  for await (const batch of source.collect(source.parseOptions(raw), ctx)) events.push(...batch);
  return { events, waits, log, requests: server.requests };
}

/** Account → every asset type some scope event announced as covered there. */
function coversByAccount(events: ImportEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events)
    if (e.kind === 'scope' && e.covers !== undefined && e.covers.assetTypes !== 'all')
      out.set(e.account, [...(out.get(e.account) ?? []), ...e.covers.assetTypes]);
  return out;
}

const candidates = (events: ImportEvent[]) => events.filter((e) => e.kind === 'candidate');
const uids = (events: ImportEvent[], type: string) =>
  candidates(events)
    .filter((e) => e.type === type)
    .map((e) => e.candidate.uid)
    .sort();

describe('GCP live collection (Cloud Asset API over REST, replayed on 127.0.0.1)', () => {
  it('follows page tokens until the last page and maps every asset with the importer mappers', async () => {
    const { events, requests } = await collect({ maxPageSize: 3 }, { organization: DEMO_ORG });
    const paged = requests.filter((r) => r.query.has('pageToken'));
    expect(paged.length).toBeGreaterThan(3);
    expect(uids(events, 'gcp.compute.firewall')).toHaveLength(11);
    expect(uids(events, 'gcp.compute.instance')).toHaveLength(8);
    // Buckets carry their resource half and their IAM half, joined later by uid.
    expect(uids(events, 'gcp.storage.bucket')).toHaveLength(12);
    // Bucket records name the project only by number; the directory pass maps it to the id.
    const bucket = candidates(events).find((e) => e.type === 'gcp.storage.bucket');
    expect(['nwf-data-dev', 'nwf-routing-prod']).toContain(bucket?.candidate.account);
    expect(requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(candidates(events).every((e) => e.candidate.source.kind === 'live')).toBe(true);
  });

  it('announces each project (and the organisation) it listed completely as covering the listed asset types', async () => {
    const { events } = await collect({}, { organization: DEMO_ORG });
    const covers = coversByAccount(events);
    expect([...covers.keys()].sort()).toEqual([
      'nwf-data-dev',
      'nwf-routing-prod',
      `organizations/${DEMO_ORG}`,
    ]);
    // Cloud Asset listings cover the CAI types; the direct calls cover metrics and alert policies.
    for (const project of ['nwf-data-dev', 'nwf-routing-prod'])
      expect(covers.get(project)).toEqual(
        expect.arrayContaining(['gcp.dns.policy', 'gcp.logging.metric', 'gcp.monitoring.alert-policy']),
      );
    expect(covers.get(`organizations/${DEMO_ORG}`)).toContain('gcp.essentialcontacts.contact');
    expect(covers.get(`organizations/${DEMO_ORG}`)).not.toContain('gcp.logging.metric');
  });

  it('retries RESOURCE_EXHAUSTED with growing backoff, then succeeds', async () => {
    const { events, waits, log, requests } = await collect(
      { throttle: { 'organizations/696642624603': 2 } },
      { organization: DEMO_ORG },
    );
    expect(requests.filter((r) => r.status === 429)).toHaveLength(2);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(log.join('\n')).toMatch(/RESOURCE_EXHAUSTED; retry 1/);
    expect(uids(events, 'gcp.compute.instance')).toHaveLength(8);
    expect(events.filter((e) => e.kind === 'diagnostic')).toEqual([]);
  });

  it('records PERMISSION_DENIED on one project as a gap with its reason, and still reads the other', async () => {
    const { events } = await collect(
      { denied: ['projects/nwf-routing-prod'] },
      { projects: 'nwf-data-dev,nwf-routing-prod' },
    );
    const diags = events.filter((e) => e.kind === 'diagnostic');
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ level: 'warning', file: 'gcp projects/nwf-routing-prod' });
    expect(diags[0]?.kind === 'diagnostic' && diags[0].message).toMatch(
      /projects\/nwf-routing-prod: ListAssets \(RESOURCE\) permission denied \(needs cloudasset\.assets\.listResource/,
    );
    const accounts = new Set(candidates(events).map((e) => e.candidate.account));
    expect([...accounts]).toEqual(['nwf-data-dev']);
    expect([...coversByAccount(events).keys()]).toEqual(['nwf-data-dev']);
  });

  it('gives up after the retry budget and reports the quota gap', async () => {
    const { events } = await collect(
      { throttle: { 'projects/nwf-data-dev': 99 } },
      { projects: 'nwf-data-dev' },
    );
    const diag = events.find((e) => e.kind === 'diagnostic');
    expect(diag?.kind === 'diagnostic' && diag.message).toMatch(/quota still exhausted after retries/);
    expect(candidates(events)).toEqual([]);
  });
});
