/**
 * The AWS Config import format: snapshot and history files delivered to S3, configuration items from
 * the API (`get-resource-config-history`, `batch-get-resource-config`), single items and arrays of
 * them, and `select-resource-config` / aggregator query results. Large files are streamed.
 */
import type { SourceRef } from '../../../model/asset.js';
import { describeError, InputError } from '../../../model/errors.js';
import { isRecord, readJsonFile } from '../json-file.js';
import { streamJsonArray } from '../json-stream.js';
import type { FileInfo, ImportEvent, ImportFormat, ReadOptions } from '../types.js';
import { DELETED_STATUSES, normaliseItem } from './item.js';
import { accountCandidate, partitionOfItem } from './mappers/account.js';
import { CONFIG_MAPPERS } from './mappers/index.js';
import { recorderCoverage } from './recorder.js';

type Shape =
  | { kind: 'keyed'; key: 'configurationItems' | 'baseConfigurationItems' | 'Results'; format: string }
  | { kind: 'array'; format: string }
  | { kind: 'single'; format: string };

function shapeOf(head: string): Shape | undefined {
  const start = head.trimStart()[0];
  if (start === '{') {
    if (/"configurationItems"\s*:/.test(head)) {
      const snapshot = /"configSnapshotId"|"fileVersion"|"awsAccountId"/.test(head);
      return {
        kind: 'keyed',
        key: 'configurationItems',
        format: snapshot ? 'aws-config-snapshot' : 'aws-config-items',
      };
    }
    if (/"baseConfigurationItems"\s*:/.test(head))
      return { kind: 'keyed', key: 'baseConfigurationItems', format: 'aws-config-items' };
    if (/"Results"\s*:/.test(head) && /"QueryInfo"|resourceType|resourceId/.test(head)) {
      return { kind: 'keyed', key: 'Results', format: 'aws-config-select' };
    }
    if (/"resourceType"\s*:\s*"AWS::/.test(head) && /"(awsAccountId|accountId|ARN|arn)"\s*:/.test(head)) {
      return { kind: 'single', format: 'aws-config-items' };
    }
  }
  if (
    start === '[' &&
    /"resourceType"\s*:\s*"AWS::/.test(head) &&
    /"(awsAccountId|accountId|ARN|arn)"\s*:/.test(head)
  ) {
    return { kind: 'array', format: 'aws-config-items' };
  }
  return undefined;
}

export const awsConfigFormat: ImportFormat = {
  id: 'aws-config',
  provider: 'aws',
  title: 'AWS Config snapshot, configuration items or select-resource-config results',
  sniff: (file) => shapeOf(file.head) !== undefined,
  open: () => ({ read: readAwsConfig }),
};

type Element = { value?: unknown; error?: string; position: string };

/** How many items of a whole-parsed file go into one batch of events. */
const BATCH = 1000;

/** The elements of the item array, scanned a chunk at a time (large files, and files that fail to parse whole). */
async function* streamedElements(file: FileInfo, shape: Shape, label: string): AsyncGenerator<Element[]> {
  const key = shape.kind === 'keyed' ? shape.key : undefined;
  for await (const batch of streamJsonArray(file.path, key === undefined ? {} : { key })) {
    const out: Element[] = [];
    for (const e of batch) {
      const position = `${label}[${e.index}] (line ${e.line})`;
      out.push(e.error === undefined ? { value: e.value, position } : { error: e.error, position });
    }
    yield out;
  }
}

/** The file's items, in batches. */
async function* elementsOf(file: FileInfo, shape: Shape, options: ReadOptions): AsyncGenerator<Element[]> {
  const label = shape.kind === 'keyed' ? shape.key : shape.kind === 'array' ? '' : 'item';
  if (shape.kind !== 'single' && file.size > options.streamThreshold) {
    yield* streamedElements(file, shape, label);
    return;
  }
  let doc: unknown;
  try {
    doc = await readJsonFile(file.path, file.display);
  } catch (e) {
    if (shape.kind === 'single' || !(e instanceof InputError)) throw e;
    // One broken item should not cost the whole file (and JSON.parse often gives no position): read
    // it again item by item, so the others import and the broken one is named by index and line.
    let reported = false;
    for await (const batch of streamedElements(file, shape, label)) {
      reported ||= batch.some((el) => el.error !== undefined);
      yield batch;
    }
    // The scan only checks the items; a fault elsewhere in the document is still reported.
    if (!reported) yield [{ error: e.message, position: e.position ?? label }];
    return;
  }
  if (shape.kind === 'single') {
    yield [{ value: doc, position: 'item' }];
    return;
  }
  const list = shape.kind === 'keyed' ? (isRecord(doc) ? doc[shape.key] : undefined) : doc;
  if (!Array.isArray(list)) {
    yield [
      {
        error: `${file.display}: expected an array${shape.kind === 'keyed' ? ` under "${shape.key}"` : ''}`,
        position: label,
      },
    ];
    return;
  }
  for (let from = 0; from < list.length; from += BATCH) {
    const out: Element[] = [];
    for (let i = from; i < Math.min(from + BATCH, list.length); i++)
      out.push({ value: list[i], position: `${label}[${i}]` });
    yield out;
  }
}

async function* readAwsConfig(file: FileInfo, options: ReadOptions): AsyncGenerator<ImportEvent[]> {
  const shape = shapeOf(file.head);
  if (shape === undefined) return;
  const items = new ItemReader(file, shape);
  for await (const elements of elementsOf(file, shape, options)) {
    const out: ImportEvent[] = [];
    try {
      for (const el of elements) items.read(el, out);
    } finally {
      // On an unexpected fault, the items before it are still handed out, ahead of the error.
      yield out;
    }
  }
}

/** One file's items → events; remembers the scopes and accounts already announced. */
class ItemReader {
  readonly #seenScopes = new Set<string>();
  readonly #seenAccounts = new Set<string>();

  constructor(
    readonly file: FileInfo,
    readonly shape: Shape,
  ) {}

  diagnostic(position: string, message: string): ImportEvent {
    return { kind: 'diagnostic', level: 'error', file: this.file.display, position, message };
  }

  /** The events of one element, appended to `out`. */
  read(el: Element, out: ImportEvent[]): void {
    const { file, shape } = this;
    if (el.error !== undefined) {
      out.push(this.diagnostic(el.position, el.error));
      return;
    }
    let raw = el.value;
    if (shape.kind === 'keyed' && shape.key === 'Results' && typeof raw === 'string') {
      try {
        raw = JSON.parse(raw) as unknown;
      } catch (e) {
        out.push(this.diagnostic(el.position, `query result row is not valid JSON: ${describeError(e)}`));
        return;
      }
    }
    const item = normaliseItem(raw);
    if (typeof item === 'string') {
      out.push(this.diagnostic(el.position, item));
      return;
    }
    if (item.status !== undefined && DELETED_STATUSES.has(item.status)) return;
    const source: SourceRef = {
      kind: 'import',
      format: shape.format,
      file: file.display,
      position: el.position,
    };
    const scopeKey = `${item.accountId}/${item.region}`;
    if (!this.#seenScopes.has(scopeKey)) {
      this.#seenScopes.add(scopeKey);
      out.push({ kind: 'scope', provider: 'aws', account: item.accountId, region: item.region });
    }
    if (!this.#seenAccounts.has(item.accountId)) {
      this.#seenAccounts.add(item.accountId);
      const account = accountCandidate(
        item.accountId,
        { kind: 'import', format: shape.format, file: file.display },
        partitionOfItem(item),
      );
      if (account) out.push({ kind: 'candidate', type: account.type, candidate: account.candidate });
    }
    if (item.resourceType === 'AWS::Config::ConfigurationRecorder') {
      for (const ev of recorderCoverage(item)) out.push(ev);
      return;
    }
    // Own keys only: a resourceType of `constructor` must not find Object.prototype members.
    const mapper = Object.hasOwn(CONFIG_MAPPERS, item.resourceType)
      ? CONFIG_MAPPERS[item.resourceType]
      : undefined;
    if (mapper === undefined) {
      out.push({ kind: 'unsupported', provider: 'aws', resourceType: item.resourceType });
      return;
    }
    let mapped;
    try {
      mapped = mapper(item, source);
    } catch (e) {
      out.push(
        this.diagnostic(
          el.position,
          `${item.resourceType} ${item.resourceId}: could not be read: ${describeError(e)}`,
        ),
      );
      return;
    }
    for (const m of mapped) out.push({ kind: 'candidate', type: m.type, candidate: m.candidate });
  }
}
