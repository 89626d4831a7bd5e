/**
 * FSBP Macie.1 live and imported: a live scan reads each region's Macie session (GetMacieSession) and
 * tells "not enabled" (AccessDeniedException "Macie is not enabled.") from a denied permission (a gap);
 * AWS Config records no such setting, so importing the same estate leaves the rule unknown.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../cli/io.js';
import { main } from '../../../cli/main.js';
import { ACCESS_KEY, estateRecordings, OTHER_REGION, REGION } from './testing/estate.js';
import { ReplayServer, type Recording } from './testing/replay-server.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'estate-config-snapshot.json');
const COMMON = [
  '--no-store',
  '--no-progress',
  '--format',
  'json',
  '--include-passed',
  '--at',
  '2026-06-01T00:00:00Z',
];
const work = mkdtempSync(join(tmpdir(), 'parapet-aws-macie-'));

interface Finding {
  ruleId: string;
  status: string;
  message: string;
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

async function macieFinding(first: Recording[]): Promise<Finding | undefined> {
  server = new ReplayServer([...first, ...estateRecordings()]);
  const url = await server.start();
  const live = await parapet(['scan', '--aws', '--aws-endpoint-url', url, ...COMMON]);
  expect(live.code, live.stderr).toBe(0);
  expect(server.unmatched).toEqual([]);
  return (JSON.parse(live.stdout) as { findings: Finding[] }).findings.find(
    (f) => f.ruleId === 'aws-macie-enabled',
  );
}

describe('Amazon Macie (FSBP Macie.1)', () => {
  it('is enabled in eu-west-1 and not enabled in us-east-1 (AccessDeniedException "Macie is not enabled.")', async () => {
    const f = await macieFinding([]);
    expect(f?.status).toBe('fail');
    expect(f?.message).toBe(`Account 111122223333 does not have Amazon Macie enabled in ${OTHER_REGION}`);
  });

  it('counts a paused session as not enabled, and passes where every region is enabled', async () => {
    const paused = await macieFinding([
      { service: 'macie2', operation: 'GetMacieSession', region: REGION, output: { status: 'PAUSED' } },
      { service: 'macie2', operation: 'GetMacieSession', output: { status: 'ENABLED' } },
    ]);
    expect(paused?.message).toBe(`Account 111122223333 does not have Amazon Macie enabled in ${REGION}`);
    await server?.stop();
    const on = await macieFinding([
      { service: 'macie2', operation: 'GetMacieSession', output: { status: 'ENABLED' } },
    ]);
    expect(on?.status).toBe('pass');
  });

  it('records a denied permission as a gap, not as Macie off', async () => {
    const f = await macieFinding([
      {
        service: 'macie2',
        operation: 'GetMacieSession',
        region: OTHER_REGION,
        error: {
          status: 403,
          code: 'AccessDeniedException',
          message: 'User is not authorized to perform: macie2:GetMacieSession',
        },
      },
    ]);
    expect(f?.status).toBe('error');
    expect(f?.message).toMatch(/macie2:GetMacieSession was denied/);
  });

  it('is unknown from the AWS Config snapshot of the same estate', async () => {
    const imported = await parapet(['scan', '--import', FIXTURE, ...COMMON]);
    expect(imported.code, imported.stderr).toBe(0);
    const f = (JSON.parse(imported.stdout) as { findings: Finding[] }).findings.find(
      (x) => x.ruleId === 'aws-macie-enabled',
    );
    expect(f?.status).toBe('error');
    expect(f?.message).toMatch(/macie2:GetMacieSession/);
  });
});
