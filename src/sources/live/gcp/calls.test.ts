import { OAuth2Client } from 'google-auth-library';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gcpRole, GCP_CALLS, isReadOnlyPermission, operationOfRequest } from './calls.js';
import { createGcpSource } from './index.js';
import { DEMO_ORG, demoRecords } from './testing/demo-records.js';
import { startReplayServer } from './testing/replay-server.js';

describe('GCP declared calls and the scanner role', () => {
  it('declares every call the collector makes (a full collection against the replay server)', async () => {
    const server = await startReplayServer({ records: demoRecords(), token: 't', maxPageSize: 5 });
    try {
      const url = new URL(server.url);
      const source = createGcpSource({
        clientConfig: () => {
          const authClient = new OAuth2Client();
          authClient.setCredentials({ access_token: 't' });
          return { authClient, endpoint: { host: url.hostname, port: Number(url.port), protocol: 'http' } };
        },
      });
      const ctx = { now: new Date(), env: {}, log: () => {} };
      for await (const batch of source.collect(source.parseOptions({ organization: DEMO_ORG }), ctx))
        void batch;
      const declared = new Set(source.calls().map((c) => c.operation));
      const made = server.requests.map((r) => operationOfRequest(r.method, r.path, r.query));
      expect(made.length).toBeGreaterThan(0);
      for (const [i, op] of made.entries())
        expect(
          op !== undefined && declared.has(op),
          `${server.requests[i]?.method} ${server.requests[i]?.path}`,
        ).toBe(true);
      // Every declared operation is exercised by a collection.
      expect(new Set(made)).toEqual(declared);
    } finally {
      await server.close();
    }
  });

  it('asks only for read permissions', () => {
    for (const c of GCP_CALLS) for (const p of c.permissions) expect(isReadOnlyPermission(p), p).toBe(true);
    expect(isReadOnlyPermission('storage.buckets.update')).toBe(false);
    expect(isReadOnlyPermission('cloudasset.assets.exportResource')).toBe(false);
  });

  it('renders a role gcloud iam roles create accepts (title, stage, includedPermissions)', () => {
    const role = parse(gcpRole(GCP_CALLS, false)) as Record<string, unknown>;
    expect(Object.keys(role).sort()).toEqual(['description', 'includedPermissions', 'stage', 'title']);
    expect(role.includedPermissions).toEqual([
      'cloudasset.assets.listIamPolicy',
      'cloudasset.assets.listResource',
      'logging.logMetrics.list',
      'monitoring.alertPolicies.list',
    ]);
    const explained = gcpRole(GCP_CALLS, true);
    expect(explained).toMatch(/^# cloudasset\.googleapis\.com ListAssets \(RESOURCE\)/);
    expect(parse(explained)).toEqual(role);
  });
});
