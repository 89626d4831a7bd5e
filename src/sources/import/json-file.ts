/**
 * Whole-document and line-by-line JSON readers with errors that name the file and position
 * (line and column), for files small enough to parse at once and for JSON Lines.
 */
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { InputError } from '../../model/errors.js';
import { byteStream, readText } from './bytes.js';

/**
 * Parse a whole JSON file (plain or gzip). Throws InputError naming the file and the line/column of a
 * syntax error.
 */
export async function readJsonFile(path: string, display: string = path): Promise<unknown> {
  return parseJsonText(await readText(path), display);
}

export function parseJsonText(text: string, display: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let position: string | undefined;
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      position = `line ${line}, column ${column}`;
    } else if (text.trim() === '') {
      position = 'start';
    }
    const short = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/s, '');
    throw new InputError(`${display}: not valid JSON${position ? ` at ${position}` : ''}: ${short}`, {
      file: display,
      ...(position === undefined ? {} : { position }),
      cause: e,
    });
  }
}

export interface JsonLine {
  line: number;
  value?: unknown;
  error?: string;
}

/** Parse JSON Lines one line at a time; a bad line is reported with its number and the rest goes on. */
export async function* readJsonLines(path: string, display: string = path): AsyncGenerator<JsonLine> {
  const rl = createInterface({
    input: Readable.from(await byteStream(path, 1024 * 1024)),
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const raw of rl) {
    line++;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (e) {
      yield { line, error: `${display}: line ${line} is not valid JSON: ${(e as Error).message}` };
    }
  }
}

/** Narrowing helpers for raw JSON from exports. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
