/**
 * History survives a process killed in the middle of a scan: a real `parapet scan` child process is
 * killed with SIGKILL once it has committed rows of a large scan; reopening the store finds the prior
 * history intact, the interrupted scan marked failed with its rows removed, and the file consistent.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { writeSyntheticEstate } from '../../bench/synthetic-estate.js';
import { main } from '../cli/main.js';
import { memoryIo } from '../cli/io.js';
import { openSqliteStore } from './sqlite.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      findings: db.prepare('SELECT * FROM findings ORDER BY id').all(),
      events: db.prepare('SELECT * FROM finding_events ORDER BY id').all(),
      scans: db.prepare("SELECT id, status FROM scans WHERE status <> 'running' ORDER BY seq").all(),
    };
  } finally {
    db.close();
  }
}

it('keeps stored history intact when the scanning process is killed midway', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-kill-'));
  const small = join(dir, 'small.json');
  const large = join(dir, 'large.json');
  const path = join(dir, 'store.db');
  await writeSyntheticEstate(small, 300, 7);
  await writeSyntheticEstate(large, 20_000, 7);

  const io = memoryIo({}, dir);
  const code = await main(
    [
      'scan',
      '--import',
      small,
      '--db',
      path,
      '--at',
      '2026-11-01T00:00:00Z',
      '--no-progress',
      '--format',
      'json',
      '--output',
      join(dir, 'o.json'),
    ],
    io,
  );
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  const before = snapshot(path);
  expect(before.findings.length).toBeGreaterThan(0);

  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'scripts/dev.ts'),
      'scan',
      '--import',
      large,
      '--db',
      path,
      '--at',
      '2026-11-02T00:00:00Z',
      '--no-progress',
      '--format',
      'json',
      '--output',
      join(dir, 'o2.json'),
    ],
    {
      cwd: root,
      env: { ...process.env, PARAPET_STORE_GROUP_SIZE: '200', PARAPET_STORE_COMMIT_EVERY: '200' },
      stdio: 'ignore',
    },
  );
  const exited = once(child, 'exit');
  // Wait (without a deadline of our own: the test's timeout bounds it) until the child has committed
  // rows of its scan, then kill it.
  let committed = 0;
  const watch = new Database(path, { readonly: true, timeout: 5000 });
  while (child.exitCode === null) {
    const row = watch
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM scan_assets WHERE scan_seq = (SELECT seq FROM scans WHERE status = 'running')",
      )
      .get();
    committed = row?.n ?? 0;
    if (committed > 0) break;
    await sleep(20);
  }
  watch.close();
  expect(child.exitCode).toBeNull(); // still running: killed midway, not after the end
  child.kill('SIGKILL');
  await exited;
  expect(committed).toBeGreaterThan(0);

  // Before any recovery the interrupted scan is visible as running, with rows of its own.
  const raw = new Database(path, { readonly: true });
  const running = raw
    .prepare<[], { seq: number; id: string }>("SELECT seq, id FROM scans WHERE status = 'running'")
    .get();
  raw.close();
  expect(running).toBeDefined();

  const store = openSqliteStore(path);
  const scan = await store.getScan(running!.id);
  const latest = await store.latestScan();
  await store.close();
  expect(scan).toMatchObject({ status: 'failed' });
  expect(String(scan!.options.failure)).toMatch(/interrupted/);
  expect(latest!.id).not.toBe(running!.id);

  const after = snapshot(path);
  expect(after.findings).toEqual(before.findings);
  expect(after.events).toEqual(before.events);
  expect(after.scans).toEqual([...before.scans, { id: running!.id, status: 'failed' }]);
  const db = new Database(path, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  for (const table of ['scan_assets', 'results', 'scan_findings'])
    expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE scan_seq = ?`).get(running!.seq)).toEqual({
      n: 0,
    });
  db.close();

  // And the store goes on: the next scan records normally.
  const io2 = memoryIo({}, dir);
  expect(
    await main(
      [
        'scan',
        '--import',
        small,
        '--db',
        path,
        '--at',
        '2026-11-03T00:00:00Z',
        '--no-progress',
        '--format',
        'json',
        '--output',
        join(dir, 'o3.json'),
      ],
      io2,
    ),
  ).toBe(0);
  const last = snapshot(path);
  expect(last.scans.at(-1)).toMatchObject({ status: 'complete' });
}, 120_000);
