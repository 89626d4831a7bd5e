/**
 * Import entry point: expands files and directories, recognises each file's format from its content,
 * and streams the events of the format's reader. A file that cannot be read or recognised yields an
 * error diagnostic naming it; the other files still import.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { describeError, InputError } from '../../model/errors.js';
import { awsConfigFormat } from './aws-config/format.js';
import type { FileInfo, ImportEvent, ImportFormat, ReadOptions } from './types.js';

/** Every import format, in the order they are tried. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [awsConfigFormat];

const HEAD_BYTES = 64 * 1024;
const DEFAULT_STREAM_THRESHOLD = 64 * 1024 * 1024;

export interface ImportOptions {
  formats?: readonly ImportFormat[];
  streamThreshold?: number;
}

/** Files under `path` (recursively, sorted, hidden entries skipped), or `path` itself. */
export async function expandPath(path: string): Promise<{ path: string; display: string }[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [{ path, display: path }];
  const out: { path: string; display: string }[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push({ path: p, display: join(path, relative(path, p)) });
    }
  };
  await walk(path);
  return out;
}

async function fileInfo(path: string, display: string): Promise<FileInfo> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(buf, 0, buf.length, 0);
    let head = buf.toString('utf8');
    if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
    return { path, display, size, head };
  } finally {
    await handle.close();
  }
}

/** The format that recognises a file, if any. */
export function detectFormat(
  file: FileInfo,
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): ImportFormat | undefined {
  return formats.find((f) => f.sniff(file));
}

/**
 * Import everything under the given paths.
 * @example for await (const ev of importPaths(['exports/'])) if (ev.kind === 'candidate') ...
 */
export async function* importPaths(
  paths: readonly string[],
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent> {
  const formats = options.formats ?? IMPORT_FORMATS;
  const readOptions: ReadOptions = { streamThreshold: options.streamThreshold ?? DEFAULT_STREAM_THRESHOLD };
  for (const p of paths) {
    let files: { path: string; display: string }[];
    try {
      files = await expandPath(p);
    } catch (e) {
      yield {
        kind: 'diagnostic',
        level: 'error',
        file: p,
        message: `${p}: cannot be read (${describeError(e)})`,
      };
      continue;
    }
    if (files.length === 0)
      yield { kind: 'diagnostic', level: 'warning', file: p, message: `${p}: directory has no files` };
    for (const f of files) yield* importFile(f.path, f.display, formats, readOptions);
  }
}

async function* importFile(
  path: string,
  display: string,
  formats: readonly ImportFormat[],
  options: ReadOptions,
): AsyncGenerator<ImportEvent> {
  let info: FileInfo;
  try {
    info = await fileInfo(path, display);
  } catch (e) {
    yield {
      kind: 'diagnostic',
      level: 'error',
      file: display,
      message: `${display}: cannot be read (${describeError(e)})`,
    };
    return;
  }
  const format = detectFormat(info, formats);
  yield { kind: 'file', file: display, format: format?.id, bytes: info.size };
  if (format === undefined) {
    const known = formats.map((f) => f.title).join('; ');
    const what = info.size === 0 ? 'is empty' : 'is not in a format Parapet recognises';
    yield {
      kind: 'diagnostic',
      level: 'error',
      file: display,
      message: `${display}: ${what} (expected one of: ${known})`,
    };
    return;
  }
  try {
    yield* format.read(info, options);
  } catch (e) {
    const position = e instanceof InputError ? e.position : undefined;
    const message = describeError(e);
    yield {
      kind: 'diagnostic',
      level: 'error',
      file: display,
      ...(position === undefined ? {} : { position }),
      message:
        message.includes(display) || message.includes(basename(display)) ? message : `${display}: ${message}`,
    };
  }
}
