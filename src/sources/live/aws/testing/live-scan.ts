/**
 * The live-vs-import harness for AWS collector tests: run `parapet scan --aws` in-process with the real
 * SDK clients against the loopback replay server (the whole replayed estate plus the recordings a test
 * adds), run `parapet scan --import` on the equivalent AWS Config snapshot, and read the findings of
 * both. Every live-scan test uses it, so a new service's test is only its recordings, its snapshot and
 * its assertions:
 *
 * @example
 * const imported = await importScan(join(FIXTURES, 'my-service-config-snapshot.json'));
 * const live = await liveScan();               // or liveScan([deniedCall], { args: ['--regions', REGION] })
 * expect(live.server.unmatched).toEqual([]);   // every call the collectors made was recorded
 * const mine = (r: ScanOutput) => findingsOf(r, /^aws-myservice-/);
 * expect(verdicts(mine(live))).toEqual(verdicts(mine(imported)));
 *
 * Both scans assert that `parapet` exited 0 (with its stderr as the failure message). The replay
 * server is stopped before `liveScan` returns; its `requests`, `unmatched` and `count()` stay readable.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { memoryIo } from '../../../../cli/io.js';
import { main } from '../../../../cli/main.js';
import { ACCESS_KEY, estateRecordings } from './estate.js';
import { ReplayServer, type Recording } from './replay-server.js';

/** "Now" for every scan the harness runs (`--at`). */
export const AT = '2026-06-01T00:00:00Z';

/** The output options of every harness scan: JSON on stdout, passes included, nothing stored. */
export const SCAN_OUTPUT: readonly string[] = [
  '--no-store',
  '--no-progress',
  '--format',
  'json',
  '--include-passed',
  '--at',
  AT,
];

/** The fields of a `parapet.scan/v1` finding the tests read. */
export interface ScanFinding {
  id: string;
  ruleId: string;
  status: string;
  message: string;
  resource: { uid: string; type: string; name: string };
}

/** The parts of a `parapet.scan/v1` document the tests read. */
export interface ScanDoc {
  summary: { results: Record<string, number> };
  scan: { coverage: { unassessed: { ruleId: string; field: string; reason: string }[] } };
  findings: ScanFinding[];
}

/** One in-process `parapet` run. */
export interface ParapetRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A scan that exited 0: its JSON document and the raw streams (for "never printed" checks). */
export interface ScanOutput {
  doc: ScanDoc;
  stdout: string;
  stderr: string;
}

/** A live scan, with the replay server that answered it (stopped; its request log kept). */
export interface LiveScan extends ScanOutput {
  server: ReplayServer;
}

/**
 * Run `parapet <args>` in-process, signed with the replay estate's credentials, in a fresh working
 * directory. Does not check the exit code (for tests of usage errors).
 * @example const r = await parapet(['scan', '--aws', '--regions', 'mars-1']); // r.code === 2
 */
export async function parapet(args: readonly string[]): Promise<ParapetRun> {
  const io = memoryIo(
    {
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: 'replay-secret',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    mkdtempSync(join(tmpdir(), 'parapet-aws-scan-')),
  );
  const code = await main([...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** `parapet <args> ...SCAN_OUTPUT`, asserted to exit 0, with its JSON parsed. */
async function scan(args: readonly string[]): Promise<ScanOutput> {
  const r = await parapet([...args, ...SCAN_OUTPUT]);
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout) as ScanDoc, stdout: r.stdout, stderr: r.stderr };
}

/**
 * `parapet scan --aws` against a replay server answering `recordings` first (a denied call, a
 * throttle, extra resources...), then the whole replayed estate (`estateRecordings()`).
 * @example const { doc, server } = await liveScan([{ service: 'rds', operation: 'X', error: denied }]);
 */
export async function liveScan(
  recordings: readonly Recording[] = [],
  options: { args?: readonly string[] } = {},
): Promise<LiveScan> {
  const server = new ReplayServer([...recordings, ...estateRecordings()]);
  const url = await server.start();
  try {
    const out = await scan(['scan', '--aws', '--aws-endpoint-url', url, ...(options.args ?? [])]);
    return { ...out, server };
  } finally {
    await server.stop();
  }
}

/**
 * `parapet scan --import` of one or more files (AWS Config snapshots, credential reports).
 * @example const imported = await importScan([snapshot, credentialReport]);
 */
export async function importScan(paths: string | readonly string[]): Promise<ScanOutput> {
  const files = typeof paths === 'string' ? [paths] : paths;
  return scan(['scan', ...files.flatMap((f) => ['--import', f])]);
}

/**
 * The findings of a scan, optionally only those whose rule id matches a pattern or whose resource
 * type is in a set.
 * @example findingsOf(live, /^aws-(redshift|msk)-/); findingsOf(live, new Set(['aws.rds.db-cluster']))
 */
export function findingsOf(scanned: ScanOutput, select?: RegExp | ReadonlySet<string>): ScanFinding[] {
  const all = scanned.doc.findings;
  if (select === undefined) return all;
  if (select instanceof RegExp) return all.filter((f) => select.test(f.ruleId));
  return all.filter((f) => select.has(f.resource.type));
}
