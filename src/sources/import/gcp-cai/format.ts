/**
 * The GCP Cloud Asset Inventory import format: `gcloud asset export` output (JSON Lines, resource and
 * iam-policy content types, either field spelling), `gcloud asset list --format=json` arrays, and
 * pretty-printed records. `prepare()` first reads the Project (and service account) records of every
 * CAI file of the import, so resources that name their project only by number are accounted to the
 * project id.
 */
import type { SourceRef } from '../../../model/asset.js';
import type { FileInfo, FormatReader, ImportEvent, ImportFormat } from '../types.js';
import { CaiEventMapper } from './events.js';
import { caiShapeOf, elementsOf, jsonLinesMentioning, type RawElement } from './read.js';
import { normaliseRecord } from './record.js';
import { fileMentions } from './scan.js';

const FORMAT = 'gcp-cai';

/** Records `prepare()` learns from; a file that mentions neither is not parsed twice. */
const PREPARE_MARKERS = [
  'cloudresourcemanager.googleapis.com/Project"',
  'iam.googleapis.com/ServiceAccount"',
];

export const gcpCaiFormat: ImportFormat = {
  id: FORMAT,
  provider: 'gcp',
  title: 'GCP Cloud Asset Inventory export (JSON Lines or JSON; resource and iam-policy content types)',
  sniff: (file) => caiShapeOf(file.head) !== undefined,
  open: () => new CaiReader(),
};

/** One import's reader: the record mapper holding its project directory and the scopes already given. */
class CaiReader implements FormatReader {
  readonly #mapper = new CaiEventMapper();

  async prepare(files: readonly FileInfo[]): Promise<void> {
    for (const file of files) {
      const shape = caiShapeOf(file.head);
      if (shape === undefined || !(await fileMentions(file.path, PREPARE_MARKERS))) continue;
      try {
        const values =
          shape === 'jsonl'
            ? jsonLinesMentioning(file.path, PREPARE_MARKERS)
            : valuesOf(elementsOf(file, shape));
        for await (const value of values) {
          const rec = normaliseRecord(value);
          if (typeof rec !== 'string') this.#mapper.projects.learn(rec);
        }
      } catch {
        // A file that cannot be read whole is reported, with its position, when it is read.
      }
    }
  }

  async *read(file: FileInfo): AsyncGenerator<ImportEvent[]> {
    const shape = caiShapeOf(file.head);
    if (shape === undefined) return;
    const counts = { bare: 0 }; // records with neither resource data nor a policy (e.g. search results)
    for await (const batch of elementsOf(file, shape)) {
      const out: ImportEvent[] = [];
      try {
        for (const el of batch) this.#record(file, el, counts, out);
      } finally {
        // On an unexpected fault, the records before it are still handed out, ahead of the error.
        yield out;
      }
    }
    if (counts.bare > 0) {
      yield [
        {
          kind: 'diagnostic',
          level: 'warning',
          file: file.display,
          message: `${file.display}: ${counts.bare} record(s) carry neither resource data nor an IAM policy (search results?) and were skipped; use gcloud asset export or gcloud asset list with --content-type=resource or iam-policy`,
        },
      ];
    }
  }

  /** The events of one record, appended to `out`. */
  #record(file: FileInfo, el: RawElement, counts: { bare: number }, out: ImportEvent[]): void {
    const where = { file: file.display, position: el.position };
    if (el.error !== undefined) {
      out.push({ kind: 'diagnostic', level: 'error', ...where, message: el.error });
      return;
    }
    const rec = normaliseRecord(el.value);
    if (typeof rec === 'string') {
      out.push({
        kind: 'diagnostic',
        level: 'error',
        ...where,
        message: `${file.display}: ${el.position}: ${rec}`,
      });
      return;
    }
    if (!rec.deleted && CaiEventMapper.isBare(rec)) {
      counts.bare++;
      return;
    }
    const source: SourceRef = {
      kind: 'import',
      format: FORMAT,
      file: file.display,
      position: el.position,
      line: el.line,
    };
    this.#mapper.eventsOf(rec, where, source, out);
  }
}

async function* valuesOf(batches: AsyncIterable<RawElement[]>): AsyncGenerator<unknown> {
  for await (const batch of batches) for (const el of batch) if (el.value !== undefined) yield el.value;
}
