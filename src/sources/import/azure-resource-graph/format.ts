/**
 * The Azure Resource Graph import format. Accepts what people actually save:
 * - `az graph query -q ... -o json`: `{ "count", "data": [rows], "skip_token", "total_records" }`;
 * - the REST API, object-array result format: `{ "totalRecords", "count", "data": [rows], "$skipToken",
 *   "resultTruncated", "facets" }`;
 * - the REST API, table result format: `{ ..., "data": { "columns": [{ "name", "type" }], "rows": [[...]] } }`;
 * - a plain array of rows (Search-AzGraph | ConvertTo-Json, older CLI versions), or a single row.
 * Rows come from the `resources`, `resourcecontainers` and `authorizationresources` tables. Large
 * files in the array forms are streamed; the table form is parsed whole.
 */
import { open as openFile } from 'node:fs/promises';
import type { SourceRef } from '../../../model/asset.js';
import { describeError } from '../../../model/errors.js';
import { isRecord, readJsonFile, str } from '../json-file.js';
import { streamJsonArray } from '../json-stream.js';
import type { FileInfo, ImportEvent, ImportFormat, ReadOptions } from '../types.js';
import { ARG_MAPPERS } from './mappers/index.js';
import { impliedSubscription } from './mappers/subscription.js';
import { normaliseRow, rowFromTable } from './row.js';

/** The `SourceRef.format` of every asset this importer produces. */
export const FORMAT_ID = 'azure-resource-graph';

type Shape =
  { kind: 'keyed'; key: 'data' | 'Data' } | { kind: 'table' } | { kind: 'array' } | { kind: 'single' };

const AZURE_ID = /"(?:id|ResourceId)"\s*:\s*"\/(?:subscriptions|providers)\//i;
const AZURE_TYPE = /"type"\s*:\s*"microsoft\.[a-z0-9]+\//i;
const DATA_KEY = /"(data|Data)"\s*:\s*([[{])/;
const PAGING_KEY = /"(?:total_records|skip_token|totalRecords|resultTruncated|\$skipToken|SkipToken)"\s*:/;
const COUNT_KEY = /"(?:count|Count)"\s*:/;
/** A bare array whose first row starts with an ARM id (a `project id, ...` query). */
const ID_FIRST = /^\s*\[\s*\{\s*"(?:id|ResourceId)"\s*:\s*"\/(?:subscriptions|providers)\//i;
/** Other JSON that carries ARM ids but is not a Resource Graph result (IaC, Terraform state/plan). */
const NOT_ARG =
  /deploymentTemplate\.json|deploymentParameters\.json|"terraform_version"\s*:|"format_version"\s*:/;

/**
 * Recognise a Resource Graph result from the head of a file. The envelopes (`total_records`,
 * `skip_token`, `totalRecords`, `resultTruncated`) are distinctive, so with one of them an ARM id (or an
 * empty result) is enough; a bare array or single row must also look like ARM rows (an id first, or an
 * id with a `microsoft.*` type or a subscriptionId).
 */
function shapeOf(head: string): Shape | undefined {
  const start = head.trimStart()[0];
  if (NOT_ARG.test(head)) return undefined;
  const armId = AZURE_ID.test(head);
  const azureRows = armId && (AZURE_TYPE.test(head) || /"subscriptionId"\s*:/.test(head));
  if (start === '{') {
    const data = DATA_KEY.exec(head);
    if (data) {
      const paged = PAGING_KEY.test(head);
      if (data[2] === '{') return paged && /"columns"\s*:/.test(head) ? { kind: 'table' } : undefined;
      const empty = /"(?:data|Data)"\s*:\s*\[\s*\]/.test(head);
      if ((paged && (armId || empty)) || (COUNT_KEY.test(head) && azureRows))
        return { kind: 'keyed', key: data[1] === 'Data' ? 'Data' : 'data' };
      return undefined;
    }
    if (azureRows && /"properties"\s*:|"location"\s*:/.test(head)) return { kind: 'single' };
    return undefined;
  }
  if (start === '[' && (azureRows || ID_FIRST.test(head))) return { kind: 'array' };
  return undefined;
}

/** Resource Graph query results, in every shape listed above; one reader per import. */
export const azureResourceGraphFormat: ImportFormat = {
  id: FORMAT_ID,
  provider: 'azure',
  title: 'Azure Resource Graph query results (az graph query, REST, Search-AzGraph)',
  sniff: (file) => shapeOf(file.head) !== undefined,
  open: () => {
    // Subscriptions already emitted (real or implied) during this import, across its files.
    const subscriptions = new Set<string>();
    return { read: (file, options) => readResourceGraph(file, options, subscriptions) };
  },
};

interface RawRow {
  value?: unknown;
  error?: string;
  position: string;
}

interface Rows {
  /** The rows in batches. */
  rows: AsyncIterable<RawRow[]> | Iterable<RawRow[]>;
  /** Set once the rows have been read: why the file holds only part of the query's result. */
  paging: () => string | undefined;
}

/** How many rows of a whole-parsed file go into one batch of events. */
const BATCH = 1000;

async function* streamed(file: FileInfo, key: string | undefined, label: string): AsyncGenerator<RawRow[]> {
  for await (const batch of streamJsonArray(file.path, key === undefined ? {} : { key })) {
    const out: RawRow[] = [];
    for (const e of batch) {
      const position = `${label}[${e.index}] (line ${e.line})`;
      out.push(e.error === undefined ? { value: e.value, position } : { error: e.error, position });
    }
    yield out;
  }
}

/** Rows one at a time, grouped into batches. */
function* batched(rows: Iterable<RawRow>): Generator<RawRow[]> {
  let out: RawRow[] = [];
  for (const row of rows) {
    out.push(row);
    if (out.length >= BATCH) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

function* listed(list: unknown, label: string, display: string): Generator<RawRow> {
  if (!Array.isArray(list)) {
    yield { error: `${display}: expected an array of rows under "${label}"`, position: label };
    return;
  }
  for (let i = 0; i < list.length; i++) yield { value: list[i], position: `${label}[${i}]` };
}

function* tabled(data: unknown, display: string): Generator<RawRow> {
  const columns = isRecord(data) && Array.isArray(data.columns) ? data.columns : undefined;
  const rows = isRecord(data) && Array.isArray(data.rows) ? data.rows : undefined;
  if (columns === undefined || rows === undefined) {
    yield {
      error: `${display}: expected data.columns and data.rows (table result format)`,
      position: 'data',
    };
    return;
  }
  const names = columns.map(
    (c: unknown, i: number) => (isRecord(c) ? str(c.name) : undefined) ?? `column${i}`,
  );
  for (let i = 0; i < rows.length; i++) {
    const position = `data.rows[${i}]`;
    const row = rowFromTable(names, rows[i]);
    yield typeof row === 'string' ? { error: `${display}: ${row}`, position } : { value: row, position };
  }
}

/** Why a parsed result document is only part of its query's result, if it is. */
function pagingOf(doc: Record<string, unknown>): string | undefined {
  const token = str(doc.skip_token) ?? str(doc.$skipToken) ?? str(doc.SkipToken);
  const truncated = doc.resultTruncated === true || doc.resultTruncated === 'true';
  if (token === undefined && !truncated) return undefined;
  const count = doc.count ?? doc.Count;
  const total = doc.total_records ?? doc.totalRecords ?? doc.TotalRecords;
  const share = typeof count === 'number' && typeof total === 'number' ? ` (${count} of ${total} rows)` : '';
  return `the query result is incomplete${share}: ${token !== undefined ? 'a skip token is present' : 'resultTruncated is true'}`;
}

/** Same, from the text around a streamed array (the head and tail of the file). */
function pagingOfText(text: string): string | undefined {
  if (/"(?:skip_token|\$skipToken|SkipToken)"\s*:\s*"/.test(text))
    return 'the query result is incomplete: a skip token is present';
  if (/"resultTruncated"\s*:\s*"?true/.test(text))
    return 'the query result is incomplete: resultTruncated is true';
  return undefined;
}

async function tailOf(path: string, size: number, bytes = 64 * 1024): Promise<string> {
  const handle = await openFile(path, 'r');
  try {
    const length = Math.min(bytes, size);
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, size - length);
    return buf.toString('utf8');
  } finally {
    await handle.close();
  }
}

async function rowsOf(file: FileInfo, shape: Shape, options: ReadOptions): Promise<Rows> {
  if ((shape.kind === 'keyed' || shape.kind === 'array') && file.size > options.streamThreshold) {
    const key = shape.kind === 'keyed' ? shape.key : undefined;
    // The tail of a gzip file is compressed bytes; then only the head can tell (az output has the token last).
    const note = pagingOfText(file.head + (file.gzip ? '' : await tailOf(file.path, file.size)));
    return { rows: streamed(file, key, key ?? ''), paging: () => note };
  }
  const doc = await readJsonFile(file.path, file.display);
  const paging = isRecord(doc) && shape.kind !== 'single' ? pagingOf(doc) : undefined;
  return { rows: batched(wholeRows(doc, shape, file.display)), paging: () => paging };
}

function* wholeRows(doc: unknown, shape: Shape, display: string): Generator<RawRow> {
  switch (shape.kind) {
    case 'single':
      yield { value: doc, position: 'row' };
      return;
    case 'array':
      yield* listed(doc, '', display);
      return;
    case 'keyed':
      yield* listed(isRecord(doc) ? doc[shape.key] : undefined, shape.key, display);
      return;
    case 'table':
      yield* tabled(isRecord(doc) ? doc.data : undefined, display);
  }
}

async function* readResourceGraph(
  file: FileInfo,
  options: ReadOptions,
  subscriptions: Set<string>,
): AsyncGenerator<ImportEvent[]> {
  const shape = shapeOf(file.head);
  if (shape === undefined) return;
  const { rows, paging } = await rowsOf(file, shape, options);
  const scopes = new Set<string>();
  for await (const batch of rows) {
    const out: ImportEvent[] = [];
    try {
      for (const raw of batch) {
        if (raw.error !== undefined) {
          out.push(rowDiagnostic(file.display, raw.position, raw.error));
          continue;
        }
        const source: SourceRef = {
          kind: 'import',
          format: FORMAT_ID,
          file: file.display,
          position: raw.position,
        };
        rowEvents(raw.value, file.display, source, { scopes, subscriptions }, out);
      }
    } finally {
      // On an unexpected fault, the rows before it are still handed out, ahead of the error.
      yield out;
    }
  }
  const note = paging();
  if (note !== undefined) {
    yield [
      {
        kind: 'diagnostic',
        level: 'warning',
        file: file.display,
        message: `${file.display}: ${note}; export every page (az graph query --skip-token ...) for a complete assessment`,
      },
    ];
  }
}

function rowDiagnostic(file: string, position: string | undefined, message: string): ImportEvent {
  return {
    kind: 'diagnostic',
    level: 'error',
    file,
    ...(position === undefined ? {} : { position }),
    message,
  };
}

/** What one reader has already announced: subscription scopes, and subscriptions (real or implied). */
export interface RowState {
  scopes: Set<string>;
  subscriptions: Set<string>;
}

/**
 * The events of one Resource Graph row, appended to `out`. Shared by the importer and the live
 * collector (which feeds the rows of its own Resource Graph queries), so both produce the same assets.
 * @param where the file (import) or the query (live) the row came from, for diagnostics.
 */
export function rowEvents(
  value: unknown,
  where: string,
  source: SourceRef,
  state: RowState,
  out: ImportEvent[],
): void {
  const row = normaliseRow(value);
  if (typeof row === 'string') {
    out.push(rowDiagnostic(where, source.position, row));
    return;
  }
  const sub = row.subscriptionId;
  if (sub !== '' && !state.scopes.has(sub)) {
    state.scopes.add(sub);
    out.push({ kind: 'scope', provider: 'azure', account: sub });
  }
  const isSubscriptionRow = row.type === 'microsoft.resources/subscriptions';
  // A live scan marks a subscription whose inventory it read to the end; absences there are real.
  if (
    isSubscriptionRow &&
    sub !== '' &&
    isRecord(row.columns.parapet) &&
    row.columns.parapet.complete === true
  )
    out.push({ kind: 'scope', provider: 'azure', account: sub, covers: { assetTypes: 'all' } });
  if (sub !== '' && !state.subscriptions.has(sub)) {
    state.subscriptions.add(sub);
    if (!isSubscriptionRow) {
      const implied = impliedSubscription(row, source);
      out.push({ kind: 'candidate', type: implied.type, candidate: implied.candidate });
    }
  }
  const mapper = ARG_MAPPERS.get(row.type);
  if (mapper === undefined) {
    out.push({ kind: 'unsupported', provider: 'azure', resourceType: row.type });
    return;
  }
  let mapped;
  try {
    mapped = mapper(row, source);
  } catch (e) {
    out.push(
      rowDiagnostic(where, source.position, `${row.type} ${row.id}: could not be read: ${describeError(e)}`),
    );
    return;
  }
  for (const m of mapped) out.push({ kind: 'candidate', type: m.type, candidate: m.candidate });
}
