/**
 * Reading export files as bytes, whether plain or gzip-compressed (AWS Config delivers `.json.gz`;
 * users gzip large exports). Compression is recognised by the gzip magic bytes, not the file name.
 */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { createGunzip, gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function startsWithGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2);
    const { bytesRead } = await handle.read(buf, 0, 2, 0);
    return isGzip(buf.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** The whole file, decompressed if it is gzip. */
export async function readBytes(path: string): Promise<Buffer> {
  const raw = await readFile(path);
  return isGzip(raw) ? gunzipAsync(raw) : raw;
}

/** The whole file as UTF-8 text (a leading byte-order mark removed), decompressed if it is gzip. */
export async function readText(path: string): Promise<string> {
  const text = (await readBytes(path)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file's bytes as a stream of chunks, decompressed if it is gzip. */
export async function byteStream(path: string, chunkSize = 8 * 1024 * 1024): Promise<AsyncIterable<Buffer>> {
  const file = createReadStream(path, { highWaterMark: chunkSize });
  if (!(await startsWithGzip(path))) return file;
  const gz = createGunzip({ chunkSize: 1024 * 1024 });
  file.on('error', (e) => gz.destroy(e));
  return file.pipe(gz);
}

/** Up to `max` leading bytes of the (decompressed) content, for recognising the format. */
export async function headBytes(path: string, max: number): Promise<{ head: Buffer; gzip: boolean }> {
  const gzip = await startsWithGzip(path);
  const chunks: Buffer[] = [];
  let total = 0;
  const stream = await byteStream(path, 64 * 1024);
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= max) break;
    }
  } catch (e) {
    // A truncated or corrupt gzip file still yields what could be decompressed; the reader reports the rest.
    if (chunks.length === 0) throw e;
  }
  return { head: Buffer.concat(chunks).subarray(0, max), gzip };
}
