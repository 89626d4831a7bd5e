import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLinesMentioning } from './read.js';
import { fileMentions } from './scan.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-cai-read-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const v of it) out.push(v);
  return out;
}

describe('first-pass readers', () => {
  const lines = [
    { name: 'a', asset_type: 'storage.googleapis.com/Bucket' },
    { name: 'p', asset_type: 'cloudresourcemanager.googleapis.com/Project', note: 'é ünïcode' },
    { name: 'b', asset_type: 'storage.googleapis.com/Bucket' },
    { name: 's', asset_type: 'iam.googleapis.com/ServiceAccount' },
    { name: 'k', asset_type: 'iam.googleapis.com/ServiceAccountKey' },
  ].map((l) => JSON.stringify(l));
  const markers = ['cloudresourcemanager.googleapis.com/Project"', 'iam.googleapis.com/ServiceAccount"'];

  it('parses only the lines that mention a marker, whatever the chunk size', async () => {
    const path = file(
      'mixed.jsonl',
      `${lines.join('\n')}\n{"broken": "cloudresourcemanager.googleapis.com/Project"\n${lines[3]}`,
    );
    for (const chunk of [7, 16, 50, 4096]) {
      const names = (await all(jsonLinesMentioning(path, markers, chunk))).map(
        (v) => (v as { name: string }).name,
      );
      expect(names, `chunk ${chunk}`).toEqual(['p', 's', 's']);
    }
  });

  it('finds a marker split across chunks', async () => {
    const path = file('split.jsonl', `${'x'.repeat(30)}cloudresourcemanager.googleapis.com/Project"`);
    for (const chunk of [5, 13, 31, 40, 1000])
      expect(await fileMentions(path, markers, chunk), `chunk ${chunk}`).toBe(true);
    expect(await fileMentions(file('none.jsonl', lines[0]!), markers, 8)).toBe(false);
  });
});
