/**
 * CloudWatch Logs metric filters, CloudWatch alarms and the SNS topics they notify, collected live with
 * the real SDK clients (CloudWatch Logs over AWS JSON 1.1, CloudWatch over AWS JSON 1.0) against the
 * loopback replay server, and judged by the CIS monitoring rules; the equivalent AWS Config snapshot
 * (which records alarms and topics but not metric filters) leaves those rules unknown, naming
 * `logs:DescribeMetricFilters`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { MONITORING_CHECKS } from '../../../rules/aws/cloudwatch/monitoring-checks.js';
import { ACCESS_KEY, estateRecordings, REGION } from './testing/estate.js';
import { monitoringRecordings } from './testing/monitoring-estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'monitoring-config-snapshot.json');
const AT = '2026-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-monitoring-'));
const RULES = MONITORING_CHECKS.map((c) => `aws-cloudwatch-alarm-${c.slug}`);

interface Finding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string; type: string };
}

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function parapet(args: string[]) {
  const io = memoryIo(
    {
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'replay-secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    work,
  );
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const OUTPUT = ['--no-store', '--no-progress', '--format', 'json', '--include-passed', '--at', AT];

async function liveScan(extra: Recording[] = []) {
  server = new ReplayServer([...extra, ...monitoringRecordings(), ...estateRecordings()]);
  const url = await server.start();
  // Every region (DescribeRegions), so the account's trails are known to be listed completely.
  const r = await parapet(['scan', '--aws', '--aws-endpoint-url', url, ...OUTPUT]);
  expect(r.code, r.stderr).toBe(0);
  return { findings: (JSON.parse(r.stdout) as { findings: Finding[] }).findings, server };
}

const verdicts = (findings: Finding[]) =>
  findings
    .filter((f) => RULES.includes(f.ruleId))
    .map((f) => `${f.status} ${f.ruleId.replace('aws-cloudwatch-alarm-', '')}`)
    .sort();

describe('CIS monitoring: metric filters and alarms, live and imported', () => {
  it('judges every check live, reading both pages of metric filters', async () => {
    const { findings, server: s } = await liveScan();
    expect(s.unmatched).toEqual([]);
    expect(
      s.requests.filter((q) => q.operation === 'DescribeMetricFilters' && q.region === REGION),
    ).toHaveLength(2);
    const failing = MONITORING_CHECKS.map((c) => c.slug).filter(
      (slug) => !['unauthorized-api-calls', 'root-usage'].includes(slug),
    );
    expect(verdicts(findings)).toEqual(
      ['pass unauthorized-api-calls', 'pass root-usage', ...failing.map((slug) => `fail ${slug}`)].sort(),
    );
    const message = (slug: string) =>
      findings.find((f) => f.ruleId === `aws-cloudwatch-alarm-${slug}`)?.message;
    expect(message('iam-policy-changes')).toBe(
      'Account 111122223333: no alarm with actions enabled watches the metric of filter iam-policy-changes (IAM policy changes)',
    );
    expect(message('console-sign-in-without-mfa')).toBe(
      'Account 111122223333: alarm console-no-mfa on console sign-ins without MFA notifies no SNS topic with a confirmed subscription',
    );
    // The root filter on another log group does not count for the VPC check, nor anything else.
    expect(message('vpc-changes')).toBe(
      'Account 111122223333: no metric filter on log group trail-events (trail main) catches VPC changes',
    );
  });

  it('leaves every check unknown on import, naming logs:DescribeMetricFilters', async () => {
    const r = await parapet(['scan', '--import', FIXTURE, ...OUTPUT]);
    expect(r.code, r.stderr).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) =>
      RULES.includes(f.ruleId),
    );
    expect(findings.map((f) => f.ruleId).sort()).toEqual([...RULES].sort());
    for (const f of findings) {
      expect(f.status, f.ruleId).toBe('error');
      expect(f.message, f.ruleId).toMatch(/logs:DescribeMetricFilters/);
    }
  });

  it('judges the alarms themselves (Security Hub CloudWatch.15, .17) as importing the AWS Config snapshot does', async () => {
    const alarmRules = ['aws-cloudwatch-alarm-action-configured', 'aws-cloudwatch-alarm-actions-enabled'];
    const summary = (fs: Finding[]) =>
      fs
        .filter((f) => alarmRules.includes(f.ruleId))
        .map((f) => `${f.status} ${f.ruleId} ${f.resource.uid.split(':').pop()} ${f.message}`)
        .sort();
    const imported = await parapet(['scan', '--import', FIXTURE, ...OUTPUT]);
    const fromImport = summary((JSON.parse(imported.stdout) as { findings: Finding[] }).findings);
    const { findings } = await liveScan();
    expect(summary(findings)).toEqual(fromImport);
    expect(fromImport.filter((f) => f.startsWith('fail'))).toEqual([
      'fail aws-cloudwatch-alarm-action-configured app-root CloudWatch alarm app-root has no action for the ALARM state',
      'fail aws-cloudwatch-alarm-actions-enabled iam-policy-changes CloudWatch alarm iam-policy-changes has its actions disabled',
    ]);
    expect(fromImport).toHaveLength(10);
  });

  it('records a denied DescribeMetricFilters as a gap: unknown, not a failure', async () => {
    const { findings } = await liveScan([
      {
        service: 'logs',
        operation: 'DescribeMetricFilters',
        region: REGION,
        error: { status: 400, code: 'AccessDeniedException', message: 'not allowed' },
      },
    ]);
    const statuses = new Set(findings.filter((f) => RULES.includes(f.ruleId)).map((f) => f.status));
    expect([...statuses]).toEqual(['error']);
  });

  it('retries a throttled DescribeAlarms and judges as before', async () => {
    const { findings, server: s } = await liveScan([
      {
        service: 'monitoring',
        operation: 'DescribeAlarms',
        region: REGION,
        times: 1,
        error: { status: 400, code: 'Throttling', message: 'Rate exceeded' },
      },
    ]);
    expect(s.requests.filter((q) => q.operation === 'DescribeAlarms' && q.region === REGION).length).toBe(2);
    expect(verdicts(findings).filter((v) => v.startsWith('pass'))).toEqual([
      'pass root-usage',
      'pass unauthorized-api-calls',
    ]);
  });
});
