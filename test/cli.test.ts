/**
 * The CLI as a user runs it: arguments in, exit code, stdout and stderr out. Commands run in-process
 * with their own streams (main takes an Io); one test runs the real process to check the wiring.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'parapet-cli-'));

async function parapet(args: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ NO_COLOR: '1', ...env }, work);
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('parapet CLI', () => {
  it('scans an export and prints a parapet.scan/v1 document', async () => {
    const r = await parapet([
      'scan',
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--no-store',
      '--format',
      'json',
      '--at',
      '2026-11-28T12:00:00Z',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schema: string;
      scan: { id: string; startedAt: string; stored: boolean };
      summary: { assets: number; results: Record<string, number> };
      findings: {
        id: string;
        ruleId: string;
        status: string;
        resource: { uid: string; tags: Record<string, string> };
        compliance: Record<string, string[]>;
      }[];
    };
    expect(doc.schema).toBe('parapet.scan/v1');
    expect(doc.scan.startedAt).toBe('2026-11-28T12:00:00.000Z');
    expect(doc.scan.stored).toBe(false);
    const f = doc.findings.find(
      (x) =>
        x.ruleId === 'aws-s3-bucket-public-access-blocked' &&
        x.resource.uid === 'arn:aws:s3:::acme-open-bucket',
    );
    expect(f?.status).toBe('fail');
    expect(f?.compliance['aws-fsbp']).toContain('S3.8');
    // hostile tag values are data in JSON, unchanged
    expect(f?.resource.tags.Name).toBe('<img src=x onerror=alert(1)>\u001b[2J');
    expect(
      doc.findings.some(
        (x) =>
          x.resource.uid === 'arn:aws:s3:::acme-private-bucket' &&
          x.ruleId === 'aws-s3-bucket-public-access-blocked',
      ),
    ).toBe(false);
  });

  it('prints the table without raw control characters from resource data', async () => {
    const r = await parapet(['scan', '--import', join(fixtures, 'aws-config-snapshot.json'), '--no-store']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/HIGH \(\d+\)/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('exits 1 when --fail-on is met and 0 when it is not', async () => {
    const file = join(fixtures, 'aws-config-snapshot.json');
    expect((await parapet(['scan', '--import', file, '--no-store', '--fail-on', 'high'])).code).toBe(1);
    expect(
      (
        await parapet([
          'scan',
          '--import',
          file,
          '--no-store',
          '--fail-on',
          'critical',
          '--framework',
          'cis-gcp-5.0',
        ])
      ).code,
    ).toBe(0);
  });

  it('exits 2 naming the file when an import is malformed, and still imports the rest', async () => {
    const r = await parapet([
      'scan',
      '--import',
      join(fixtures, 'malformed-snapshot.json'),
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--no-store',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/malformed-snapshot\.json/);
    const doc = JSON.parse(r.stdout) as { summary: { assets: number }; scan: { status: string } };
    expect(doc.scan.status).toBe('partial');
    expect(doc.summary.assets).toBeGreaterThanOrEqual(2);
  });

  it('exits 2 on usage errors with a message', async () => {
    let r = await parapet(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing to scan/);
    r = await parapet(['scan', '--demo', '--min-severity', 'urgent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--min-severity: "urgent" is not a severity/);
    r = await parapet(['scan', '--demo', '--at', 'yesterday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--at: "yesterday" is not an ISO time/);
    r = await parapet(['scan', '--import', join(work, 'does-not-exist.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does-not-exist\.json/);
  });

  it('records scans in the store and keeps finding ids stable across scans', async () => {
    const db = join(work, 'stable.db');
    const args = [
      'scan',
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--db',
      db,
      '--format',
      'json',
    ];
    const a = JSON.parse((await parapet([...args, '--at', '2026-11-01T00:00:00Z'])).stdout) as {
      scan: { id: string; stored: boolean };
      findings: { id: string }[];
    };
    const b = JSON.parse((await parapet([...args, '--at', '2026-11-02T00:00:00Z'])).stdout) as {
      scan: { id: string };
      findings: { id: string }[];
    };
    expect(a.scan.stored).toBe(true);
    expect(a.scan.id).not.toBe(b.scan.id);
    expect(b.findings.map((f) => f.id).sort()).toEqual(a.findings.map((f) => f.id).sort());
  });

  it('uses PARAPET_NOW as now', async () => {
    const r = await parapet(
      ['scan', '--import', join(fixtures, 'aws-config-snapshot.json'), '--no-store', '--format', 'json'],
      {
        PARAPET_NOW: '2027-01-02T03:04:05Z',
      },
    );
    expect((JSON.parse(r.stdout) as { scan: { startedAt: string } }).scan.startedAt).toBe(
      '2027-01-02T03:04:05.000Z',
    );
  });

  it('lists rules as JSON with metadata and compliance', async () => {
    const r = await parapet(['rules', '--format', 'json', '--provider', 'aws']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schema: string;
      rules: { id: string; severity: string; compliance: Record<string, string[]> }[];
    };
    expect(doc.schema).toBe('parapet.rules/v1');
    expect(doc.rules.every((x) => x.id.startsWith('aws-'))).toBe(true);
    expect(
      doc.rules.find((x) => x.id === 'aws-s3-bucket-public-access-blocked')?.compliance['aws-fsbp'],
    ).toEqual(['S3.8']);
  });

  it('selects a user framework file with --framework and names the place of a bad one', async () => {
    const file = join(fixtures, 'frameworks', 'acme-baseline.json');
    let r = await parapet(['rules', '--format', 'json', '--framework', file]);
    expect(r.code, r.stderr).toBe(0);
    const ids = (JSON.parse(r.stdout) as { rules: { id: string; compliance: Record<string, string[]> }[] })
      .rules;
    expect(ids.map((x) => x.id)).toContain('aws-s3-bucket-public-access-blocked');
    // ENC-1 includes HIPAA 164.312(a)(2)(iv), so its encryption rules are in the framework too
    expect(
      ids.find((x) => x.id === 'aws-rds-instance-storage-encrypted')?.compliance['acme-baseline'],
    ).toEqual(['ENC-1']);
    r = await parapet([
      'scan',
      '--import',
      join(fixtures, 'aws-config-snapshot.json'),
      '--no-store',
      '--format',
      'json',
      '--framework',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const findings = (JSON.parse(r.stdout) as { findings: { compliance: Record<string, string[]> }[] })
      .findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.compliance['acme-baseline'] !== undefined)).toBe(true);
    r = await parapet(['rules', '--framework', join(fixtures, 'frameworks', 'bad-rule.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-rule\.json: requirements\.0\.rules\.0: no rule "aws-s3-bucket-privat"/);
    r = await parapet(['rules', '--framework', 'nist-800-53']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no framework "nist-800-53" \(available: .*nist-800-53-r5/);
  });

  it('shows help with an example for every command', async () => {
    for (const cmd of ['scan', 'rules', 'compliance']) {
      const r = await parapet([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples?:/);
    }
  });

  it('runs as a real process: exit code, stdout and stderr', () => {
    const r = spawnSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [
        join(root, 'scripts', 'dev.ts'),
        'scan',
        '--import',
        join(fixtures, 'malformed-snapshot.json'),
        '--no-store',
      ],
      {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/malformed-snapshot\.json/);
  });

  it('ends normally when the reader closes the pipe early (`parapet scan --help | head -1`)', async () => {
    // One process (tsx as a loader, not its wrapper process), as bin/parapet.js runs.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'dev.ts'), 'scan', '--help'],
      {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.destroy(); // the reader is gone before the first line is written
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 120_000);
});
