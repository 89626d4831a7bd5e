/**
 * CIS AWS 4.8/4.9 live and imported: a live scan reads the trail's event selectors (advanced and
 * basic, for all buckets and for one) with GetEventSelectors and judges each bucket's object-level
 * read and write logging; AWS Config does not record event selectors, so importing the same estate's
 * snapshot leaves both rules unknown, naming the call that would tell.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { ACCESS_KEY, estateRecordings, REGION } from './testing/estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';
import { advancedSelectorRecordings, basicSelectorRecordings } from './testing/trail-selectors-estate.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'estate-config-snapshot.json');
const AT = '2026-06-01T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-trail-selectors-'));
const RULES = ['aws-s3-bucket-object-write-events-logged', 'aws-s3-bucket-object-read-events-logged'];
const COMMON = ['--no-store', '--no-progress', '--format', 'json', '--include-passed', '--at', AT];

interface Finding {
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string };
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

/** The two rules' results: `rule bucket → status: message` (passes without a message). */
function verdicts(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (JSON.parse(stdout) as { findings: Finding[] }).findings)
    if (RULES.includes(f.ruleId))
      out[`${f.ruleId.replace('aws-s3-bucket-object-', '')} ${f.resource.uid.replace('arn:aws:s3:::', '')}`] =
        f.status === 'pass' ? 'pass' : `${f.status}: ${f.message}`;
  return out;
}

async function liveScan(first: Recording[]) {
  server = new ReplayServer([...first, ...estateRecordings()]);
  const url = await server.start();
  const live = await parapet(['scan', '--aws', '--aws-endpoint-url', url, ...COMMON]);
  expect(live.code, live.stderr).toBe(0);
  expect(server.unmatched).toEqual([]);
  expect(
    server.requests
      .filter((r) => r.operation === 'GetEventSelectors')
      .map((r) => [r.region, r.params.TrailName]),
  ).toEqual([[REGION, `arn:aws:cloudtrail:${REGION}:111122223333:trail/main`]]);
  return verdicts(live.stdout);
}

describe('S3 object-level logging (CIS AWS 4.8/4.9) from trail event selectors', () => {
  it('reads advanced selectors: writes of all buckets but one, reads of one bucket', async () => {
    expect(await liveScan(advancedSelectorRecordings())).toEqual({
      'write-events-logged nw-logs': 'pass',
      'write-events-logged nw-public-assets':
        'fail: No CloudTrail trail logs the object-level write events of bucket nw-public-assets ' +
        '(main: no S3 object write-event selector for this bucket)',
      'read-events-logged nw-logs': 'pass',
      'read-events-logged nw-public-assets':
        'fail: No CloudTrail trail logs the object-level read events of bucket nw-public-assets ' +
        '(main: no S3 object read-event selector for this bucket)',
    });
  });

  it('reads basic selectors: bucket-specific values, one covering only a prefix', async () => {
    expect(await liveScan(basicSelectorRecordings())).toEqual({
      'write-events-logged nw-public-assets': 'pass',
      'read-events-logged nw-public-assets': 'pass',
      'write-events-logged nw-logs':
        'fail: No CloudTrail trail logs the object-level write events of bucket nw-logs ' +
        '(main: selector 2 logs only part: objects under arn:aws:s3:::nw-logs/AWSLogs/)',
      'read-events-logged nw-logs':
        'fail: No CloudTrail trail logs the object-level read events of bucket nw-logs ' +
        '(main: no S3 object read-event selector for this bucket)',
    });
  });

  it('the estate without data-event selectors fails every bucket live', async () => {
    const live = await liveScan([]);
    expect(Object.values(live).map((v) => v.split(':')[0])).toEqual(['fail', 'fail', 'fail', 'fail']);
  });

  it('a denied GetEventSelectors is a gap naming the call, not a fail', async () => {
    const live = await liveScan([
      {
        service: 'cloudtrail',
        operation: 'GetEventSelectors',
        region: REGION,
        error: { status: 400, code: 'AccessDeniedException', message: 'not allowed' },
      },
    ]);
    expect(Object.keys(live)).toHaveLength(4);
    for (const v of Object.values(live))
      expect(v).toMatch(/^error: .*cloudtrail:GetEventSelectors was denied/);
  });

  it('importing the AWS Config snapshot of the same estate leaves both rules unknown', async () => {
    const imported = await parapet(['scan', '--import', FIXTURE, ...COMMON]);
    expect(imported.code, imported.stderr).toBe(0);
    const found = verdicts(imported.stdout);
    expect(Object.keys(found).sort()).toEqual([
      'read-events-logged nw-logs',
      'read-events-logged nw-public-assets',
      'write-events-logged nw-logs',
      'write-events-logged nw-public-assets',
    ]);
    for (const v of Object.values(found)) expect(v).toMatch(/^error: .*cloudtrail:GetEventSelectors/);
  });
});
