import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../model/errors.js';
import { streamJsonArray, type StreamedElement } from './json-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-json-stream-'));
let n = 0;
function fileWith(text: string): string {
  const f = join(dir, `f${n++}.json`);
  writeFileSync(f, text);
  return f;
}

async function collect(
  file: string,
  key?: string,
  chunkSize?: number,
  batchSize?: number,
): Promise<StreamedElement[]> {
  const out: StreamedElement[] = [];
  for await (const batch of streamJsonArray(file, {
    ...(key === undefined ? {} : { key }),
    ...(chunkSize ? { chunkSize } : {}),
    ...(batchSize ? { batchSize } : {}),
  })) {
    expect(batch.length).toBeLessThanOrEqual(batchSize ?? Infinity);
    out.push(...batch);
  }
  return out;
}

describe('streamJsonArray', () => {
  it('yields the same elements as JSON.parse for any array, at any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 20 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (items, chunkSize, pretty) => {
          const doc = { fileVersion: '1.0', configurationItems: items, after: { x: [1, 2] } };
          const text = pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc);
          const got = await collect(fileWith(text), 'configurationItems', chunkSize);
          expect(got.map((e) => e.value)).toEqual(JSON.parse(JSON.stringify(items)));
          expect(got.map((e) => e.index)).toEqual(items.map((_, i) => i));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('hands out at most batchSize elements at a time, all of them, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 30 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 5 }),
        async (items, chunkSize, batchSize) => {
          const text = JSON.stringify({ configurationItems: items, tail: ['x'] });
          const got = await collect(fileWith(text), 'configurationItems', chunkSize, batchSize);
          expect(got.map((e) => e.value)).toEqual(JSON.parse(JSON.stringify(items)));
          expect(got.map((e) => e.index)).toEqual(items.map((_, i) => i));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles escapes and quotes split across chunk boundaries', async () => {
    const tricky = fc.stringMatching(/^[\\"a{}[\],:]{0,12}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(tricky, tricky, { maxKeys: 3 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        async (items, cs) => {
          const text = JSON.stringify({ [`k\\"`]: 'v\\', configurationItems: items });
          const got = await collect(fileWith(text), 'configurationItems', cs);
          expect(got.map((e) => e.value)).toEqual(items);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a top-level array', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 32 }),
        async (items, cs) => {
          const got = await collect(fileWith(JSON.stringify(items)), undefined, cs);
          expect(got.map((e) => e.value)).toEqual(JSON.parse(JSON.stringify(items)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('finds the key only at the top level, not a nested key of the same name', async () => {
    const text = JSON.stringify({ meta: { configurationItems: ['wrong'] }, configurationItems: [{ a: 1 }] });
    const got = await collect(fileWith(text), 'configurationItems', 3);
    expect(got.map((e) => e.value)).toEqual([{ a: 1 }]);
  });

  it('reports a malformed element with its index and line, and goes on', async () => {
    const text = '{"configurationItems": [\n{"a": 1},\n{"b": tru},\n{"c": 3}\n]}';
    const got = await collect(fileWith(text), 'configurationItems');
    expect(got).toHaveLength(3);
    expect(got[1]?.error).toMatch(/element 1 \(line 3\) is not valid JSON/);
    expect(got[2]?.value).toEqual({ c: 3 });
  });

  it('names a truncated file', async () => {
    const f = fileWith('{"configurationItems": [{"a": 1}, {"b":');
    await expect(collect(f, 'configurationItems')).rejects.toThrow(/ends inside the array/);
  });

  it('names a document without the array', async () => {
    const f = fileWith('{"other": []}');
    await expect(collect(f, 'configurationItems')).rejects.toBeInstanceOf(InputError);
  });

  it('keeps multi-byte characters split across chunks intact', async () => {
    const items = [{ name: 'bücket-ünïcødé-😀'.repeat(5) }];
    const got = await collect(
      fileWith(JSON.stringify({ configurationItems: items })),
      'configurationItems',
      7,
    );
    expect(got[0]?.value).toEqual(items[0]);
  });
});
