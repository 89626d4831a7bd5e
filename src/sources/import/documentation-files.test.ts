/** Notes kept beside exports (README.md and the like) are skipped when a directory is imported. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPath, importPaths } from './index.js';

describe('documentation beside exports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-docs-'));
  mkdirSync(join(dir, 'aws'));
  writeFileSync(join(dir, 'README.md'), '# What these exports are\n');
  writeFileSync(join(dir, 'aws', 'notes.markdown'), 'taken on Friday\n');
  writeFileSync(join(dir, 'aws', 'export.json'), '{"configurationItems": []}\n');

  it('is skipped when a directory is walked', async () => {
    expect((await expandPath(dir)).map((f) => f.path)).toEqual([join(dir, 'aws', 'export.json')]);
  });

  it('is still read, and reported, when named explicitly', async () => {
    const events = [];
    for await (const ev of importPaths([join(dir, 'README.md')])) events.push(ev);
    expect(
      events.some((e) => e.kind === 'diagnostic' && /README\.md: is not in a format/.test(e.message)),
    ).toBe(true);
  });
});
