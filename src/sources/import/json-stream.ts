/**
 * Streaming reader for JSON documents too large to hold as one string (V8 caps strings at ~512 MiB):
 * it finds the elements of one array (top level, or under a key of the top-level object) by scanning
 * bytes for structure — strings, escapes and nesting — and hands each element's text to the native
 * JSON.parse. The scanner never interprets values itself, so the JSON grammar stays V8's; it only
 * decides where each element starts and ends. Strings are skipped with a native byte search, so the
 * scan costs a fraction of the parse.
 */
import { InputError } from '../../model/errors.js';
import { byteStream } from './bytes.js';

export interface StreamedElement {
  /** Element index in the array. */
  index: number;
  /** 1-based line where the element starts. */
  line: number;
  /** The parsed element, or the parser's complaint when the element's text is not valid JSON. */
  value?: unknown;
  error?: string;
}

export interface ArrayStreamOptions {
  /** Key of the array in the top-level object; undefined for a top-level array. */
  key?: string;
  chunkSize?: number;
  /**
   * Most elements per batch. Small batches keep each element's objects short-lived: a whole chunk
   * parsed at once outlives the young generation, and promoting it costs more than parsing it.
   */
  batchSize?: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/**
 * The scanner's state between chunks. A class (not generator locals) so the hot loop is an ordinary
 * method V8 optimises fully.
 */
class ArrayScanner {
  depth = 0;
  inTarget = false;
  done = false;
  sawTarget = false;
  /** Start (within the current buffer) of a string at depth 1: a key candidate. */
  keyStart = -1;
  lastKey: string | undefined;
  /** Start (within the current buffer) of the element being read, or -1. */
  elemStart = -1;
  elemLine = 0;
  index = 0;
  line = 1;
  /** File offset of the current buffer's first byte. */
  offset = 0;
  /** Where to resume in the current buffer (inside an open string, after a chunk boundary). */
  resumeAt = 0;
  inString = false;
  /** Start (within the current buffer) of the open string, so a chunk boundary never splits its escapes. */
  strStart = -1;

  constructor(
    readonly file: string,
    readonly key: string | undefined,
    readonly targetDepth: number,
  ) {}

  /**
   * Scan `buf` from `from`, appending complete elements to `out`; stops early once `out` holds `max`
   * (then `resumeAt` says where to go on).
   */
  scan(buf: Buffer, from: number, out: StreamedElement[], max = Infinity): void {
    const targetDepth = this.targetDepth;
    let i = from;
    const n = buf.length;
    while (i < n && !this.done && out.length < max) {
      if (this.inString) {
        // Jump to the next quote that is not escaped (an odd run of backslashes escapes it).
        let q = buf.indexOf(QUOTE, i);
        for (;;) {
          if (q < 0) break;
          let b = q - 1;
          while (b >= 0 && buf[b] === BACKSLASH) b--; // stops at the opening quote at the latest
          if ((q - 1 - b) % 2 === 0) break;
          q = buf.indexOf(QUOTE, q + 1);
        }
        if (q < 0) {
          i = n; // the string continues in the next chunk
          break;
        }
        this.inString = false;
        if (this.keyStart >= 0) {
          this.lastKey = buf.toString('utf8', this.keyStart + 1, q);
          this.keyStart = -1;
        }
        i = q + 1;
        continue;
      }
      const c = buf[i]!;
      if (c === NEWLINE) {
        this.line++;
      } else if (c === QUOTE) {
        this.inString = true;
        this.strStart = i;
        if (this.inTarget && this.depth === targetDepth && this.elemStart < 0) {
          this.elemStart = i;
          this.elemLine = this.line;
        } else if (!this.inTarget && this.depth === 1 && targetDepth === 2) {
          this.keyStart = i;
        }
      } else if (c === LBRACE || c === LBRACKET) {
        if (this.inTarget && this.depth === targetDepth && this.elemStart < 0) {
          this.elemStart = i;
          this.elemLine = this.line;
        }
        this.depth++;
        if (
          !this.inTarget &&
          c === LBRACKET &&
          this.depth === targetDepth &&
          (targetDepth === 1 || this.lastKey === this.key)
        ) {
          this.inTarget = true;
          this.sawTarget = true;
        }
      } else if (c === RBRACE || c === RBRACKET) {
        if (this.inTarget && this.depth === targetDepth && c === RBRACKET) {
          // End of the target array (after a trailing scalar element, if any); the rest is not needed.
          if (this.elemStart >= 0) out.push(this.element(buf, this.elemStart, i));
          this.elemStart = -1;
          this.inTarget = false;
          this.done = true;
          this.depth--;
        } else {
          this.depth--;
          if (this.depth < 0) {
            const where = `byte ${this.offset + i}, line ${this.line}`;
            throw new InputError(`${this.file}: unbalanced '${String.fromCharCode(c)}' at ${where}`, {
              file: this.file,
              position: where,
            });
          }
          if (this.inTarget && this.depth === targetDepth && this.elemStart >= 0) {
            out.push(this.element(buf, this.elemStart, i + 1));
            this.elemStart = -1;
          }
        }
      } else if (c === COMMA) {
        if (this.inTarget && this.depth === targetDepth && this.elemStart >= 0) {
          // A scalar element ends at the comma.
          out.push(this.element(buf, this.elemStart, i));
          this.elemStart = -1;
        }
      } else if (this.inTarget && this.depth === targetDepth && this.elemStart < 0 && c > 0x20) {
        this.elemStart = i;
        this.elemLine = this.line;
      }
      i++;
    }
    this.resumeAt = i;
  }

  element(buf: Buffer, start: number, end: number): StreamedElement {
    const index = this.index++;
    const line = this.elemLine;
    const text = buf.toString('utf8', start, end);
    try {
      return { index, line, value: JSON.parse(text) as unknown };
    } catch (e) {
      return {
        index,
        line,
        error: `${this.file}: element ${index} (line ${line}) is not valid JSON: ${(e as Error).message}`,
      };
    }
  }
}

/**
 * Yield batches of parsed elements of the target array.
 * @example for await (const batch of streamJsonArray('snapshot.json', { key: 'configurationItems' })) ...
 */
export async function* streamJsonArray(
  file: string,
  options: ArrayStreamOptions = {},
): AsyncGenerator<StreamedElement[]> {
  const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
  const batchSize = options.batchSize ?? 256;
  const s = new ArrayScanner(file, options.key, options.key === undefined ? 1 : 2);
  let carry: Buffer | undefined; // bytes of an element (or key) still open at the end of the previous chunk
  for await (const chunk of await byteStream(file, chunkSize)) {
    const buf = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
    let from = carry === undefined ? 0 : s.resumeAt;
    do {
      const batch: StreamedElement[] = [];
      s.scan(buf, from, batch, batchSize);
      if (batch.length > 0) yield batch;
      if (s.done) return;
      from = s.resumeAt;
    } while (from < buf.length);
    // Keep the open element, key or string for the next chunk; drop everything before it.
    const open = [s.elemStart, s.keyStart, s.inString ? s.strStart : -1].filter((x) => x >= 0);
    const keepFrom = open.length > 0 ? Math.min(...open) : buf.length;
    carry = keepFrom < buf.length ? Buffer.from(buf.subarray(keepFrom)) : undefined;
    if (s.elemStart >= 0) s.elemStart -= keepFrom;
    if (s.keyStart >= 0) s.keyStart -= keepFrom;
    if (s.strStart >= 0) s.strStart -= keepFrom;
    s.resumeAt = s.resumeAt - keepFrom;
    s.offset += keepFrom;
  }
  if (!s.sawTarget) {
    const what = options.key === undefined ? 'a top-level array' : `an array under "${options.key}"`;
    throw new InputError(`${file}: expected ${what}, found none`, { file });
  }
  throw new InputError(`${file}: the document ends inside the array (truncated file?) at line ${s.line}`, {
    file,
    position: `line ${s.line}`,
  });
}
