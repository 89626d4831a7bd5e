/**
 * Streaming reader for JSON documents too large to hold as one string (V8 caps strings at ~512 MiB):
 * it finds the elements of one array (top level, or under a key of the top-level object) by scanning
 * bytes for structure — strings, escapes and nesting — and hands each element's text to the native
 * JSON.parse. The scanner never interprets values itself, so the JSON grammar stays V8's; it only
 * decides where each element starts and ends. This is several times faster than a token-event parser.
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
 * Yield batches of parsed elements of the target array.
 * @example for await (const batch of streamJsonArray('snapshot.json', { key: 'configurationItems' })) ...
 */
export async function* streamJsonArray(
  file: string,
  options: ArrayStreamOptions = {},
): AsyncGenerator<StreamedElement[]> {
  const chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
  const targetDepth = options.key === undefined ? 1 : 2; // depth inside the target array
  const source = await byteStream(file, chunkSize);
  {
    // (scanner state)
    let carry = Buffer.alloc(0); // bytes of an element still open at the end of the previous chunk
    let depth = 0;
    let inString = false;
    let escape = false;
    let inTarget = false;
    let done = false;
    let keyStart = -1; // start of a string at depth 1 (a key candidate), within buf
    let lastKey: string | undefined;
    let elemStart = -1; // start of the current element within buf, or -1
    let elemLine = 0;
    let index = 0;
    let line = 1;
    let offset = 0; // file offset of buf[0]
    let sawTarget = false;
    for await (const chunk of source) {
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const scanFrom = carry.length;
      const batch: StreamedElement[] = [];
      for (let i = scanFrom; i < buf.length && !done; i++) {
        const c = buf[i]!;
        if (c === NEWLINE) line++;
        if (inString) {
          if (escape) escape = false;
          else if (c === BACKSLASH) escape = true;
          else if (c === QUOTE) {
            inString = false;
            if (keyStart >= 0) {
              lastKey = buf.toString('utf8', keyStart + 1, i);
              keyStart = -1;
            }
          }
          continue;
        }
        if (c === QUOTE) {
          inString = true;
          if (inTarget && depth === targetDepth && elemStart < 0) {
            elemStart = i;
            elemLine = line;
          } else if (!inTarget && depth === 1 && targetDepth === 2) keyStart = i;
          continue;
        }
        if (c === LBRACE || c === LBRACKET) {
          if (inTarget && depth === targetDepth && elemStart < 0) {
            elemStart = i;
            elemLine = line;
          }
          depth++;
          if (
            !inTarget &&
            c === LBRACKET &&
            depth === targetDepth &&
            (targetDepth === 1 || lastKey === options.key)
          ) {
            inTarget = true;
            sawTarget = true;
          }
          continue;
        }
        if (c === RBRACE || c === RBRACKET) {
          if (inTarget && depth === targetDepth && c === RBRACKET) {
            // end of the target array (after a trailing scalar element, if any)
            if (elemStart >= 0) batch.push(parseElement(buf, elemStart, i, index++, elemLine, file));
            elemStart = -1;
            inTarget = false;
            done = true; // the rest of the document is not needed
            depth--;
            continue;
          }
          depth--;
          if (depth < 0) {
            const where = `byte ${offset + i}, line ${line}`;
            throw new InputError(`${file}: unbalanced '${String.fromCharCode(c)}' at ${where}`, {
              file,
              position: where,
            });
          }
          if (inTarget && depth === targetDepth && elemStart >= 0) {
            batch.push(parseElement(buf, elemStart, i + 1, index++, elemLine, file));
            elemStart = -1;
          }
          continue;
        }
        if (c === COMMA && inTarget && depth === targetDepth && elemStart >= 0) {
          // a scalar element ends at the comma
          batch.push(parseElement(buf, elemStart, i, index++, elemLine, file));
          elemStart = -1;
          continue;
        }
        if (inTarget && depth === targetDepth && elemStart < 0 && c > 0x20 && c !== COMMA) {
          elemStart = i;
          elemLine = line;
        }
      }
      if (batch.length > 0) yield batch;
      if (done) return;
      // Keep the open element (or open key string) for the next chunk; drop everything before it.
      const keepFrom = elemStart >= 0 ? elemStart : keyStart >= 0 ? keyStart : buf.length;
      carry = Buffer.from(buf.subarray(keepFrom));
      if (elemStart >= 0) elemStart -= keepFrom;
      if (keyStart >= 0) keyStart -= keepFrom;
      offset += keepFrom;
    }
    if (!sawTarget) {
      const what = options.key === undefined ? 'a top-level array' : `an array under "${options.key}"`;
      throw new InputError(`${file}: expected ${what}, found none`, { file });
    }
    throw new InputError(`${file}: the document ends inside the array (truncated file?) at line ${line}`, {
      file,
      position: `line ${line}`,
    });
  }
}

function parseElement(
  buf: Buffer,
  start: number,
  end: number,
  index: number,
  line: number,
  file: string,
): StreamedElement {
  const text = buf.toString('utf8', start, end);
  try {
    return { index, line, value: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      index,
      line,
      error: `${file}: element ${index} (line ${line}) is not valid JSON: ${(e as Error).message}`,
    };
  }
}
