import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importPaths } from './index.js';
import { readJsonFile, readJsonLines } from './json-file.js';
import { streamJsonArray } from './json-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-gzip-'));

describe('gzip-compressed exports', () => {
  const doc = { fileVersion: '1.0', configurationItems: [{ a: 1 }, { b: 2 }] };
  const gz = join(dir, 'snapshot.json.gz');
  writeFileSync(gz, gzipSync(JSON.stringify(doc)));

  it('are read whole, streamed and read as lines, recognised by content', async () => {
    expect(await readJsonFile(gz)).toEqual(doc);
    const streamed = [];
    for await (const batch of streamJsonArray(gz, { key: 'configurationItems', chunkSize: 5 }))
      streamed.push(...batch.map((e) => e.value));
    expect(streamed).toEqual(doc.configurationItems);
    const lines = join(dir, 'lines.gz');
    writeFileSync(lines, gzipSync('{"x":1}\n{"y":2}\n'));
    const got = [];
    for await (const l of readJsonLines(lines)) got.push(l.value);
    expect(got).toEqual([{ x: 1 }, { y: 2 }]);
  });

  it('are recognised by the importer from their decompressed content', async () => {
    const f = join(dir, 'no-extension');
    writeFileSync(
      f,
      gzipSync(
        JSON.stringify({
          fileVersion: '1.0',
          configSnapshotId: 'x',
          configurationItems: [
            {
              awsAccountId: '123456789012',
              resourceType: 'AWS::S3::Bucket',
              resourceId: 'b',
              ARN: 'arn:aws:s3:::b',
              awsRegion: 'us-east-1',
              configuration: {},
              supplementaryConfiguration: {},
            },
          ],
        }),
      ),
    );
    const events = [];
    for await (const e of importPaths([f])) events.push(e);
    expect(events.find((e) => e.kind === 'file')).toMatchObject({ format: 'aws-config' });
    expect(events.some((e) => e.kind === 'candidate' && e.type === 'aws.s3.bucket')).toBe(true);
  });

  it('a corrupt gzip file is an error naming the file, not a crash', async () => {
    const f = join(dir, 'corrupt.json.gz');
    const good = gzipSync(JSON.stringify(doc));
    writeFileSync(f, good.subarray(0, good.length - 12));
    const events = [];
    for await (const e of importPaths([f])) events.push(e);
    const err = events.find((e) => e.kind === 'diagnostic' && e.level === 'error');
    expect(err && 'message' in err ? err.message : '').toMatch(/corrupt\.json\.gz/);
  });
});
