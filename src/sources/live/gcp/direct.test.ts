/**
 * The direct calls (Cloud Logging ListLogMetrics, Cloud Monitoring ListAlertPolicies) with the real
 * client libraries over REST against the loopback replay server: paging, RESOURCE_EXHAUSTED then
 * success, PERMISSION_DENIED on one project, and the protobuf answers turned into the same assets as
 * the CAI export of the same metrics and policies.
 */
import { OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import type { CandidateEvent, ImportEvent } from '../../import/types.js';
import type { LiveContext } from '../types.js';
import { alertPolicyData, logMetricData } from './direct.js';
import type { RetryPolicy } from './errors.js';
import { createGcpSource } from './index.js';
import { DEMO_ORG, demoRecords } from './testing/demo-records.js';
import { startReplayServer, type ReplayOptions, type ReplayServer } from './testing/replay-server.js';

const TOKEN = 'direct-token';
let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

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

const of = (events: ImportEvent[], type: string) =>
  events
    .filter((e): e is CandidateEvent => e.kind === 'candidate' && e.type === type)
    .map((e) => e.candidate)
    .sort((a, b) => a.uid.localeCompare(b.uid));

function coversOf(events: ImportEvent[], account: string): string[] {
  return events.flatMap((e) =>
    e.kind === 'scope' && e.account === account && e.covers !== undefined && e.covers.assetTypes !== 'all'
      ? e.covers.assetTypes
      : [],
  );
}

describe('GCP direct calls: log-based metrics and alert policies (real clients, REST, 127.0.0.1)', () => {
  it('pages through ListLogMetrics and ListAlertPolicies and maps each answer like the CAI record', async () => {
    const { events, requests } = await collect({ maxPageSize: 1 }, { organization: DEMO_ORG });
    const metricsCalls = requests.filter((r) => r.path === '/v2/projects/nwf-routing-prod/metrics');
    expect(metricsCalls).toHaveLength(4);
    expect(metricsCalls.slice(1).every((r) => r.query.has('pageToken'))).toBe(true);
    expect(requests.some((r) => r.path === '/v3/projects/nwf-data-dev/alertPolicies')).toBe(true);
    expect(requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    const metrics = of(events, 'gcp.logging.metric');
    expect(metrics.map((m) => `${m.account} ${m.name}`)).toEqual([
      'nwf-data-dev sql-config-changes',
      'nwf-routing-prod iam-audit-config-changes',
      'nwf-routing-prod iam-custom-role-changes',
      'nwf-routing-prod iam-ownership-changes',
      'nwf-routing-prod net-firewall-changes',
    ]);
    expect(metrics[0]).toMatchObject({
      uid: '//logging.googleapis.com/projects/nwf-data-dev/metrics/sql-config-changes',
      config: {
        filter: 'protoPayload.methodName="cloudsql.instances.update"',
        disabled: false,
        metricType: 'logging.googleapis.com/user/sql-config-changes',
      },
      source: { kind: 'live' },
    });
    const policies = of(events, 'gcp.monitoring.alert-policy');
    // The enabled flag is a BoolValue on the wire: false stays false, not unset.
    expect(policies.map((p) => `${p.account} ${p.name} ${String(p.config.enabled)}`)).toEqual([
      'nwf-data-dev Cloud SQL config changes false',
      'nwf-routing-prod Security: IAM changes true',
    ]);
    expect(policies[1]?.config.conditions).toEqual([
      {
        kind: 'threshold',
        filter: 'metric.type="logging.googleapis.com/user/iam-ownership-changes" AND resource.type="global"',
      },
      {
        kind: 'threshold',
        filter:
          'metric.type="logging.googleapis.com/user/iam-audit-config-changes" AND resource.type="global"',
      },
      {
        kind: 'threshold',
        filter:
          'metric.type="logging.googleapis.com/user/iam-custom-role-changes" AND resource.type="global"',
      },
    ]);
    // Cloud Asset listings do not ask for these types: the direct calls are their one source.
    const assetTypes = requests.flatMap((r) => r.query.getAll('assetTypes'));
    expect(assetTypes).not.toContain('logging.googleapis.com/LogMetric');
    expect(assetTypes).not.toContain('monitoring.googleapis.com/AlertPolicy');
  });

  it('retries RESOURCE_EXHAUSTED on ListLogMetrics with growing backoff, then succeeds', async () => {
    const { events, waits, log, requests } = await collect(
      { throttle: { 'logging:projects/nwf-routing-prod': 2 } },
      { projects: 'nwf-routing-prod' },
    );
    expect(requests.filter((r) => r.status === 429).map((r) => r.path)).toEqual([
      '/v2/projects/nwf-routing-prod/metrics',
      '/v2/projects/nwf-routing-prod/metrics',
    ]);
    expect(waits).toHaveLength(2);
    expect(waits[1]!).toBeGreaterThan(waits[0]!);
    expect(log.join('\n')).toMatch(
      /projects\/nwf-routing-prod: ListLogMetrics hit RESOURCE_EXHAUSTED; retry 1/,
    );
    expect(of(events, 'gcp.logging.metric')).toHaveLength(4);
    expect(events.filter((e) => e.kind === 'diagnostic')).toEqual([]);
    expect(coversOf(events, 'nwf-routing-prod')).toContain('gcp.logging.metric');
  });

  it('records PERMISSION_DENIED on one project’s alert policies as a gap, leaves them out of coverage, reads the rest', async () => {
    const { events } = await collect(
      { denied: ['monitoring:projects/nwf-routing-prod'] },
      { projects: 'nwf-data-dev,nwf-routing-prod' },
    );
    const diags = events.filter((e) => e.kind === 'diagnostic');
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ level: 'warning', file: 'gcp projects/nwf-routing-prod' });
    expect(diags[0]?.kind === 'diagnostic' && diags[0].message).toMatch(
      /^gcp: projects\/nwf-routing-prod: ListAlertPolicies permission denied \(needs monitoring\.alertPolicies\.list on projects\/nwf-routing-prod, and the Cloud Monitoring API enabled\): The caller does not have permission/,
    );
    expect(of(events, 'gcp.monitoring.alert-policy').map((p) => p.account)).toEqual(['nwf-data-dev']);
    expect(of(events, 'gcp.logging.metric')).toHaveLength(5);
    expect(coversOf(events, 'nwf-routing-prod')).toContain('gcp.logging.metric');
    expect(coversOf(events, 'nwf-routing-prod')).not.toContain('gcp.monitoring.alert-policy');
    expect(coversOf(events, 'nwf-data-dev')).toContain('gcp.monitoring.alert-policy');
  });
});

describe('API answers as CAI resource data', () => {
  it('keeps what the mappers read and leaves an unset enabled flag out', () => {
    expect(
      logMetricData({ name: 'm', filter: 'x', disabled: true, metricDescriptor: { type: 't' } }),
    ).toEqual({
      name: 'm',
      filter: 'x',
      disabled: true,
      metricDescriptor: { type: 't' },
    });
    expect(
      alertPolicyData({
        name: 'projects/p/alertPolicies/1',
        conditions: [
          { conditionMonitoringQueryLanguage: { query: 'fetch global' } },
          { conditionAbsent: {} },
        ],
      }),
    ).toEqual({
      name: 'projects/p/alertPolicies/1',
      conditions: [{ conditionMonitoringQueryLanguage: { query: 'fetch global' } }, { conditionAbsent: {} }],
      notificationChannels: [],
    });
  });
});

describe('parapet scan --gcp when a project’s alert policies cannot be read', () => {
  it('leaves the metric-with-alert verdicts that need them unknown there, never failed', async () => {
    server = await startReplayServer({
      records: demoRecords(),
      token: TOKEN,
      denied: ['monitoring:projects/nwf-routing-prod'],
    });
    const io = memoryIo({ PARAPET_GCP_ENDPOINT: server.url, PARAPET_GCP_ACCESS_TOKEN: TOKEN });
    const code = await main(
      [
        'scan',
        '--gcp',
        '--projects',
        'nwf-routing-prod',
        '--format',
        'json',
        '--no-store',
        '--no-progress',
        '--at',
        '2026-11-28T00:00:00Z',
      ],
      io,
    );
    expect(code, io.err()).toBe(0);
    const report = JSON.parse(io.out()) as {
      scan: { diagnostics: { message: string }[] };
      findings: { ruleId: string; status: string; message: string }[];
    };
    const alerted = report.findings
      .filter((f) => /^gcp-logging-.*-changes-alerted$/.test(f.ruleId))
      .map((f) => `${f.ruleId} ${f.status}`)
      .sort();
    // With the metrics read but no alert policy: those with a selecting metric are unknown (error);
    // those without any selecting metric still fail (no alert policy could make them pass).
    expect(alerted).toEqual([
      'gcp-logging-audit-config-changes-alerted error',
      'gcp-logging-custom-role-changes-alerted error',
      'gcp-logging-firewall-changes-alerted error',
      'gcp-logging-network-changes-alerted fail',
      'gcp-logging-project-ownership-changes-alerted error',
      'gcp-logging-route-changes-alerted fail',
      'gcp-logging-sql-config-changes-alerted fail',
      'gcp-logging-storage-iam-changes-alerted fail',
    ]);
    expect(report.scan.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /nwf-routing-prod: ListAlertPolicies permission denied/,
    );
  }, 90_000);
});
