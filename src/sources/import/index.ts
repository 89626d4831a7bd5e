/**
 * Import entry point: expands files and directories, recognises each file's format from its content,
 * and streams the events of the format's reader. A file that cannot be read or recognised yields an
 * error diagnostic naming it; the other files still import.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { describeError, InputError } from '../../model/errors.js';
import { headBytes } from './bytes.js';
import { awsConfigFormat } from './aws-config/format.js';
import { gcpCaiFormat } from './gcp-cai/format.js';
import { awsCredentialReportFormat } from './aws-credential-report/format.js';
import { azureResourceGraphFormat } from './azure-resource-graph/format.js';
import type { FileInfo, FormatReader, ImportEvent, ImportFormat, ReadOptions } from './types.js';

/** Every import format, in the order they are tried. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  awsConfigFormat,
  awsCredentialReportFormat,
  azureResourceGraphFormat,
  gcpCaiFormat,
];

const HEAD_BYTES = 64 * 1024;
const DEFAULT_STREAM_THRESHOLD = 64 * 1024 * 1024;

export interface ImportOptions {
  formats?: readonly ImportFormat[];
  streamThreshold?: number;
}

/** An import path, optionally shown to the user under another name (e.g. `demo/` for the bundled estate). */
export type ImportPath = string | { path: string; display: string };

/**
 * Notes people keep beside their exports (a README in the folder, as the bundled demo has). Skipped
 * when a directory is walked; a file named explicitly is still read (and reported if unrecognised).
 */
const DOCUMENTATION = /^(readme|notes?|changelog)(\.[a-z]+)?$|\.(md|markdown)$/i;

/** Files under `path` (recursively, sorted, hidden entries and documentation skipped), or `path` itself. */
export async function expandPath(input: ImportPath): Promise<{ path: string; display: string }[]> {
  const path = typeof input === 'string' ? input : input.path;
  const shown = typeof input === 'string' ? input : input.display;
  const s = await stat(path);
  if (!s.isDirectory()) return [{ path, display: shown }];
  const out: { path: string; display: string }[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && !DOCUMENTATION.test(e.name))
        out.push({ path: p, display: join(shown, relative(path, p)) });
    }
  };
  await walk(path);
  return out;
}

async function fileInfo(path: string, display: string): Promise<FileInfo> {
  const { size } = await stat(path);
  const { head: bytes, gzip } = await headBytes(path, HEAD_BYTES);
  let head = bytes.toString('utf8');
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  return { path, display, size, head, gzip };
}

/** Compressed JSON is typically a tenth of its text; stream gzip files accordingly earlier. */
const GZIP_RATIO = 8;

/** The format that recognises a file, if any. */
export function detectFormat(
  file: FileInfo,
  formats: readonly ImportFormat[] = IMPORT_FORMATS,
): ImportFormat | undefined {
  return formats.find((f) => f.sniff(file));
}

/**
 * Import everything under the given paths, one event at a time (convenient in tests and small tools;
 * `importBatches` is the same stream in batches, for the engine).
 * @example for await (const ev of importPaths(['exports/'])) if (ev.kind === 'candidate') ...
 */
export async function* importPaths(
  paths: readonly ImportPath[],
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent> {
  for await (const batch of importBatches(paths, options)) yield* batch;
}

/**
 * Import everything under the given paths, in batches of events. Every file is recognised first, so a
 * format can look at all of its files (`prepare`) before reading any; files are then read in order.
 * @example await assess(importBatches(['exports/']), { rules: ALL_RULES, now }, sink)
 */
export async function* importBatches(
  paths: readonly ImportPath[],
  options: ImportOptions = {},
): AsyncGenerator<ImportEvent[]> {
  const formats = options.formats ?? IMPORT_FORMATS;
  const readOptions: ReadOptions = { streamThreshold: options.streamThreshold ?? DEFAULT_STREAM_THRESHOLD };
  const planned: { info: FileInfo; format: ImportFormat | undefined }[] = [];
  for (const p of paths) {
    const shown = typeof p === 'string' ? p : p.display;
    let files: { path: string; display: string }[];
    try {
      files = await expandPath(p);
    } catch (e) {
      yield [
        {
          kind: 'diagnostic',
          level: 'error',
          file: shown,
          message: `${shown}: cannot be read (${describeError(e)})`,
        },
      ];
      continue;
    }
    if (files.length === 0) {
      yield [
        {
          kind: 'diagnostic',
          level: 'warning',
          file: shown,
          message: `${shown}: directory has no files`,
        },
      ];
    }
    for (const f of files) {
      try {
        const info = await fileInfo(f.path, f.display);
        planned.push({ info, format: detectFormat(info, formats) });
      } catch (e) {
        yield [
          {
            kind: 'diagnostic',
            level: 'error',
            file: f.display,
            message: `${f.display}: cannot be read (${describeError(e)})`,
          },
        ];
      }
    }
  }
  const readers = new Map<ImportFormat, FormatReader>();
  for (const format of new Set(planned.map((p) => p.format))) {
    if (format === undefined) continue;
    const reader = format.open();
    readers.set(format, reader);
    const files = planned.filter((p) => p.format === format).map((p) => p.info);
    try {
      await reader.prepare?.(files, readOptions);
    } catch (e) {
      yield [
        {
          kind: 'diagnostic',
          level: 'warning',
          file: files[0]?.display ?? '',
          message: `${format.title}: ${describeError(e)}`,
        },
      ];
    }
  }
  for (const { info, format } of planned) yield* importFile(info, format, readers, formats, readOptions);
}

async function* importFile(
  info: FileInfo,
  format: ImportFormat | undefined,
  readers: ReadonlyMap<ImportFormat, FormatReader>,
  formats: readonly ImportFormat[],
  options: ReadOptions,
): AsyncGenerator<ImportEvent[]> {
  const display = info.display;
  const fileEvent: ImportEvent = { kind: 'file', file: display, format: format?.id, bytes: info.size };
  const reader = format === undefined ? undefined : readers.get(format);
  if (reader === undefined) {
    const known = formats.map((f) => f.title).join('; ');
    const what = info.size === 0 ? 'is empty' : 'is not in a format Parapet recognises';
    yield [
      fileEvent,
      {
        kind: 'diagnostic',
        level: 'error',
        file: display,
        message: `${display}: ${what} (expected one of: ${known})`,
      },
    ];
    return;
  }
  yield [fileEvent];
  try {
    const fileOptions = info.gzip
      ? { ...options, streamThreshold: options.streamThreshold / GZIP_RATIO }
      : options;
    for await (const batch of reader.read(info, fileOptions)) if (batch.length > 0) yield batch;
  } catch (e) {
    const position = e instanceof InputError ? e.position : undefined;
    const message = describeError(e);
    yield [
      {
        kind: 'diagnostic',
        level: 'error',
        file: display,
        ...(position === undefined ? {} : { position }),
        message:
          message.includes(display) || message.includes(basename(display))
            ? message
            : `${display}: ${message}`,
      },
    ];
  }
}
