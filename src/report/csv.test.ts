import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../cli/io.js';
import { main } from '../cli/main.js';
import { FINDING_CSV_COLUMNS, spreadsheetSafe } from './csv.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

describe('CSV output', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'])
      expect(spreadsheetSafe(bad)).toBe(`'${bad}`);
    expect(spreadsheetSafe('bucket-1')).toBe('bucket-1');
    expect(spreadsheetSafe('a=b')).toBe('a=b');
  });

  it('writes RFC 4180 CSV, one row per finding, that a CSV parser reads back unchanged', async () => {
    const io = memoryIo({ NO_COLOR: '1' }, mkdtempSync(join(tmpdir(), 'parapet-csv-')));
    const code = await main(
      [
        'scan',
        '--import',
        join(fixtures, 'aws-config-snapshot.json'),
        '--no-store',
        '--format',
        'csv',
        '--no-progress',
      ],
      io,
    );
    expect(code, io.err()).toBe(0);
    const text = io.out();
    expect(text.split('\r\n')[0]).toBe(FINDING_CSV_COLUMNS.join(','));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse<Record<string, string>>(text, { columns: true });
    expect(rows.length).toBeGreaterThan(0);
    const hostile = rows.find((r) => r.tags?.includes('onerror'))!;
    // tags are JSON in one quoted cell; the escape character survives as JSON's \u001b
    expect(JSON.parse(hostile.tags!)).toMatchObject({ Name: '<img src=x onerror=alert(1)>\u001b[2J' });
    expect(rows.every((r) => FINDING_CSV_COLUMNS.every((c) => c in r))).toBe(true);
    expect(rows.find((r) => r.rule_id === 'aws-s3-bucket-public-access-blocked')?.compliance).toMatch(
      /aws-fsbp: S3\.8/,
    );
  });
});
