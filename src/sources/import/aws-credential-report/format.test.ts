import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset } from '../../../inventory/build.js';
import { assetTypeDef } from '../../../inventory/types.js';
import type { AnyAsset } from '../../../model/asset.js';
import { importPaths } from '../index.js';
import type { DiagnosticEvent, ImportEvent } from '../types.js';

/** Vitest's asymmetric matchers, typed `unknown` instead of `any`. */
const anyOf = {
  stringContaining: (text: string): unknown => expect.stringContaining(text),
  stringMatching: (re: RegExp): unknown => expect.stringMatching(re),
};
/** An Unknown whose reason contains `text`. */
const unknownWith = (text: string): unknown => ({ $unknown: anyOf.stringContaining(text) });

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function load(name: string) {
  const events: ImportEvent[] = [];
  for await (const ev of importPaths([join(FIXTURES, name)])) events.push(ev);
  const assets: AnyAsset[] = [];
  const buildWarnings: string[] = [];
  for (const ev of events) {
    if (ev.kind !== 'candidate') continue;
    const def = assetTypeDef(ev.type);
    if (!def) throw new Error(`unknown type ${ev.type}`);
    const built = buildAsset(def, ev.candidate);
    assets.push(built.asset);
    buildWarnings.push(...built.warnings);
  }
  const diagnostics = events.filter((e): e is DiagnosticEvent => e.kind === 'diagnostic');
  const format = events.find((e) => e.kind === 'file')?.format;
  return { events, assets, diagnostics, buildWarnings, format };
}

const byName = (assets: AnyAsset[], name: string) => {
  const a = assets.find((x) => x.name === name);
  if (!a) throw new Error(`no asset named ${name}`);
  return a;
};

describe('IAM credential report import', () => {
  it('reads the CSV: the root row becomes the account, other rows users', async () => {
    const { assets, diagnostics, buildWarnings, format } = await load('credential-report.csv');
    expect(format).toBe('aws-credential-report');
    expect(diagnostics).toEqual([]);
    expect(buildWarnings).toEqual([]);
    expect(assets.map((a) => a.type)).toEqual([
      'aws.account',
      'aws.iam.user',
      'aws.iam.user',
      'aws.iam.user',
    ]);

    const account = byName(assets, '111122223333');
    expect(account.uid).toBe('arn:aws:iam::111122223333:root');
    expect(account.region).toBe('global');
    expect(account.config).toMatchObject({
      rootMfaEnabled: true,
      rootAccessKeys: [],
      rootPasswordLastUsed: '2026-05-20T08:00:00.000Z',
    });
    // The report has no password policy; the reason says which source has it.
    expect(account.config.passwordPolicy).toEqual(unknownWith('live scan'));
    expect(account.source).toMatchObject({ format: 'aws-credential-report', position: 'line 2', line: 2 });

    const alice = byName(assets, 'alice');
    expect(alice.uid).toBe('arn:aws:iam::111122223333:user/alice');
    expect(alice.account).toBe('111122223333');
    expect(alice.config).toMatchObject({
      path: '/',
      passwordEnabled: true,
      passwordLastUsed: '2026-05-30T12:00:00.000Z',
      mfaActive: true,
      accessKeys: [
        {
          id: 'key1',
          active: true,
          lastRotated: '2026-04-01T00:00:00.000Z',
          lastUsed: '2026-05-31T10:00:00.000Z',
        },
      ],
    });
    // Permissions are not in the report: unknown, for AWS Config or a live scan to fill in.
    expect(alice.config.attachedPolicyArns).toEqual(unknownWith('AWS Config'));

    const bob = byName(assets, 'bob');
    expect(bob.config.path).toBe('/ops/');
    expect(bob.config.passwordEnabled).toBe(false);
    expect(bob.config.passwordLastUsed).toBeNull();
    // An inactive key that exists (it has a rotation date) is kept, marked inactive.
    expect(bob.config.accessKeys).toEqual([
      {
        id: 'key1',
        active: true,
        lastRotated: '2024-01-01T00:00:00.000Z',
        lastUsed: '2024-02-01T00:00:00.000Z',
      },
      { id: 'key2', active: false, lastRotated: '2023-06-01T00:00:00.000Z', lastUsed: null },
    ]);

    // `no_information`: never used.
    expect(byName(assets, 'carol').config).toMatchObject({
      passwordLastUsed: null,
      mfaActive: false,
      accessKeys: [],
    });
  });

  it('reads the JSON that aws iam get-credential-report prints (base64 Content)', async () => {
    const { assets, diagnostics, buildWarnings, format } = await load('get-credential-report.json');
    expect(format).toBe('aws-credential-report');
    expect(diagnostics).toEqual([]);
    expect(buildWarnings).toEqual([]);
    expect(assets).toHaveLength(4);
    const account = byName(assets, '444455556666');
    expect(account.config.rootMfaEnabled).toBe(true);
    expect(account.capturedAt).toBe('2026-05-31T23:00:00.000Z');
    const alice = byName(assets, 'alice');
    expect(alice.uid).toBe('arn:aws:iam::444455556666:user/alice');
    expect(alice.source.position).toBe('Content (decoded CSV) line 3');
  });

  it('reports malformed rows by line and imports the rest', async () => {
    const { assets, diagnostics, buildWarnings } = await load('malformed.csv');
    expect(buildWarnings).toEqual([]);
    const errors = diagnostics.filter((d) => d.level === 'error');
    expect(errors.map((d) => d.position)).toEqual(['line 3', 'line 4', 'line 5']);
    expect(errors[0]?.message).toContain('malformed.csv line 3: has 4 fields, expected 22');
    expect(errors[1]?.message).toMatch(/line 4: not valid CSV \(Invalid Opening Quote/);
    expect(errors[2]?.message).toContain(
      'line 5: arn "arn:aws:s3:::not-a-user" is not an IAM user or root ARN',
    );
    // Values in the wrong form are kept as unknown, with a warning naming the line.
    const warnings = diagnostics.filter((d) => d.level === 'warning');
    expect(warnings.map((d) => d.position)).toEqual(['line 6', 'line 6']);
    const grace = byName(assets, 'grace');
    expect(grace.config.passwordLastUsed).toEqual(unknownWith('password_last_used is "yesterday" at line 6'));
    expect(grace.config.mfaActive).toEqual(unknownWith('expected true or false'));
    expect(grace.config.passwordEnabled).toBe(true);
    expect(assets.map((a) => a.name)).toEqual(['111122223333', 'grace', 'heidi']);
  });

  it('reads a report with no users: only the account', async () => {
    const { assets, diagnostics } = await load('root-only.csv');
    expect(diagnostics).toEqual([]);
    expect(assets.map((a) => a.type)).toEqual(['aws.account']);
  });

  it('warns about a report with a header and no rows', async () => {
    const { assets, diagnostics, format } = await load('header-only.csv');
    expect(format).toBe('aws-credential-report');
    expect(assets).toEqual([]);
    expect(diagnostics).toMatchObject([{ level: 'warning', message: anyOf.stringContaining('no rows') }]);
  });

  it('keeps hostile names as data', async () => {
    const { assets, diagnostics, buildWarnings } = await load('hostile.csv');
    expect(diagnostics).toEqual([]);
    expect(buildWarnings).toEqual([]);
    const names = assets.filter((a) => a.type === 'aws.iam.user').map((a) => a.name);
    expect(names).toEqual(['<img src=x onerror=alert(1)>,x', '\u001b[31mred\u001b[0m', '__proto__']);
    const proto = byName(assets, '__proto__');
    expect(proto.uid).toBe('arn:aws:iam::111122223333:user/__proto__');
    expect(Object.getPrototypeOf(proto.config)).toBe(Object.prototype);
  });

  it('rejects a JSON report that is not CSV, naming the file', async () => {
    const { assets, diagnostics, format } = await load('wrong-report-format.json');
    expect(format).toBe('aws-credential-report');
    expect(assets).toEqual([]);
    expect(diagnostics).toMatchObject([
      {
        level: 'error',
        position: 'Content',
        message: anyOf.stringMatching(/wrong-report-format\.json: ReportFormat is "text\/html"/),
      },
    ]);
  });

  it('emits one scope event per account', async () => {
    const { events } = await load('credential-report.csv');
    expect(events.filter((e) => e.kind === 'scope')).toEqual([
      { kind: 'scope', provider: 'aws', account: '111122223333' },
    ]);
  });
});
