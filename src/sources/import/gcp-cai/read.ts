/**
 * The three file shapes CAI records arrive in, read one record at a time with positions for
 * diagnostics: JSON Lines (`gcloud asset export` output), a JSON array (`gcloud asset list
 * --format=json`, the REST API's list), and pretty-printed JSON documents one after another (a single
 * record, or records concatenated as some tools write them). A malformed record is reported with its
 * line and the rest of the file is still read.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../../../model/errors.js';
import { readJsonLines } from '../json-file.js';
import { streamJsonArray } from '../json-stream.js';
import type { FileInfo } from '../types.js';

export type CaiShape = 'jsonl' | 'array' | 'documents';

export interface RawElement {
  value?: unknown;
  /** Why the element could not be parsed (names the file and line). */
  error?: string;
  /** `line 12`, `[3] (line 40)`, `document 2 (line 17)`. */
  position: string;
  line: number;
}

const ASSET_TYPE_KEY = /"(?:assetType|asset_type)"\s*:\s*"[^"]+"/;
const FULL_NAME = /"name"\s*:\s*"\/\/[A-Za-z0-9.-]+\//;

/** Recognise CAI records from the first bytes of a file, and say which shape they are in. */
export function caiShapeOf(head: string): CaiShape | undefined {
  if (!ASSET_TYPE_KEY.test(head) || !FULL_NAME.test(head)) return undefined;
  const text = head.trimStart();
  if (text.startsWith('[')) return 'array';
  if (!text.startsWith('{')) return undefined;
  // JSON Lines put a whole record on the first line; a pretty-printed document opens with `{` alone.
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n')).trim();
  return firstLine === '{' ? 'documents' : 'jsonl';
}

/** How many JSON Lines records go into one batch. */
const BATCH = 1000;

/** The records of a file, in batches (in order). */
export async function* elementsOf(file: FileInfo, shape: CaiShape): AsyncGenerator<RawElement[]> {
  if (shape === 'jsonl') {
    let out: RawElement[] = [];
    for await (const l of readJsonLines(file.path, file.display)) {
      const position = `line ${l.line}`;
      out.push(
        l.error !== undefined
          ? { error: l.error, position, line: l.line }
          : { value: l.value, position, line: l.line },
      );
      if (out.length >= BATCH) {
        yield out;
        out = [];
      }
    }
    if (out.length > 0) yield out;
    return;
  }
  if (shape === 'array') {
    try {
      for await (const batch of streamJsonArray(file.path)) {
        const out: RawElement[] = [];
        for (const e of batch) {
          const position = `[${e.index}] (line ${e.line})`;
          out.push(
            e.error !== undefined
              ? { error: e.error.split(file.path).join(file.display), position, line: e.line }
              : { value: e.value, position, line: e.line },
          );
        }
        yield out;
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // The streaming reader names the path it opened; the user knows the file by its display name.
      throw new InputError(e.message.split(file.path).join(file.display), {
        file: file.display,
        ...(e.position === undefined ? {} : { position: e.position }),
        cause: e,
      });
    }
    return;
  }
  yield* jsonDocuments(file);
}

/**
 * The parsed JSON Lines records that mention any of `markers`. The file is searched as bytes and only
 * the lines holding a marker are decoded and parsed, so this first pass costs little more than reading
 * the file; bad lines are skipped (the full read reports them).
 */
export async function* jsonLinesMentioning(
  path: string,
  markers: readonly string[],
  chunkSize = 4 << 20,
): AsyncGenerator<unknown> {
  const needles = markers.map((m) => Buffer.from(m, 'utf8'));
  const handle = await open(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(chunk, 0, chunkSize, null);
      const buf =
        carry.length > 0
          ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
          : chunk.subarray(0, bytesRead);
      // Only whole lines are searched; the unfinished last line waits for the next chunk.
      const end = bytesRead === 0 ? buf.length : buf.lastIndexOf(NEWLINE) + 1;
      const lines = new Set<number>(); // start offsets of matching lines
      for (const needle of needles) {
        for (let at = buf.indexOf(needle); at >= 0 && at < end; at = buf.indexOf(needle, at + 1))
          lines.add(buf.lastIndexOf(NEWLINE, at) + 1);
      }
      for (const start of [...lines].sort((a, b) => a - b)) {
        const stop = buf.indexOf(NEWLINE, start);
        try {
          yield JSON.parse(buf.toString('utf8', start, stop < 0 || stop > end ? end : stop)) as unknown;
        } catch {
          // Reported with its line number when the file is read.
        }
      }
      if (bytesRead === 0) return;
      carry = Buffer.from(buf.subarray(end));
    }
  } finally {
    await handle.close();
  }
}

const NEWLINE = 0x0a;
const OPEN = new Set(['{', '[']);

/**
 * JSON values written one after another (`{...}\n{...}`), each possibly spanning many lines. The
 * scanner only finds where each value starts and ends (tracking strings, escapes and nesting); the
 * native JSON.parse reads each one.
 */
async function* jsonDocuments(file: FileInfo): AsyncGenerator<RawElement[]> {
  let carry = '';
  let depth = 0;
  let inString = false;
  let escape = false;
  let start = -1; // start of the current value within buf
  let startLine = 0;
  let line = 1;
  let index = 0;
  let skipping = false; // inside stray text between values, already reported
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const buf = carry + (chunk as string);
    const from = carry.length;
    const out: RawElement[] = [];
    for (let i = from; i < buf.length; i++) {
      const c = buf[i];
      if (c === '\n') line++;
      if (depth === 0) {
        if (c !== undefined && OPEN.has(c)) {
          depth = 1;
          start = i;
          startLine = line;
          skipping = false;
        } else if (c !== undefined && c.trim() !== '' && !(i === 0 && c === '\ufeff') && !skipping) {
          skipping = true;
          out.push({
            error: `${file.display}: line ${line}: unexpected text between JSON documents`,
            position: `line ${line}`,
            line,
          });
        }
        continue;
      }
      if (inString) {
        if (escape) escape = false;
        else if (c === '\\') escape = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          const position = `document ${index} (line ${startLine})`;
          const text = buf.slice(start, i + 1);
          try {
            out.push({ value: JSON.parse(text) as unknown, position, line: startLine });
          } catch (e) {
            out.push({
              error: `${file.display}: document ${index} (line ${startLine}) is not valid JSON: ${(e as Error).message}`,
              position,
              line: startLine,
            });
          }
          index++;
          start = -1;
        }
      }
    }
    if (out.length > 0) yield out;
    carry = start >= 0 ? buf.slice(start) : '';
    if (start >= 0) start = 0;
  }
  if (depth > 0) {
    throw new InputError(
      `${file.display}: the document starting at line ${startLine} is not closed (truncated file?)`,
      { file: file.display, position: `line ${startLine}` },
    );
  }
}
