/**
 * The IAM credential report as AWS delivers it: the CSV itself (what the console downloads, or
 * `aws iam get-credential-report --query Content --output text | base64 -d`), or the JSON that
 * `aws iam get-credential-report` prints, with the CSV base64-encoded in `Content`. The CSV is read with
 * a real CSV parser; a malformed row is reported with its line and skipped, and the rest still imports.
 */
import { Readable } from 'node:stream';
import { parse, type CsvError, type Parser } from 'csv-parse';
import type { SourceRef } from '../../../model/asset.js';
import { InputError } from '../../../model/errors.js';
import { byteStream } from '../bytes.js';
import { isRecord, readJsonFile, str } from '../json-file.js';
import type { DiagnosticEvent, FileInfo, ImportEvent, ImportFormat } from '../types.js';
import { candidateOfRow, type ReportRow } from './report.js';

const FORMAT_ID = 'aws-credential-report';
/** `user,arn,` base64-encoded: how the JSON form's Content starts. */
const BASE64_HEADER = 'dXNlcixhcm4s';
const REQUIRED_COLUMNS = ['user', 'arn'] as const;
/** Events per batch handed to the import. */
const BATCH = 500;

type Form = 'csv' | 'json';

function formOf(head: string): Form | undefined {
  const text = head.trimStart();
  if (text.startsWith('user,arn,')) return 'csv';
  if (!text.startsWith('{')) return undefined;
  if (new RegExp(`"Content"\\s*:\\s*"${BASE64_HEADER}`).test(text)) return 'json';
  if (/"ReportFormat"\s*:\s*"text\/csv"/.test(text) && /"Content"\s*:/.test(text)) return 'json';
  return undefined;
}

export const awsCredentialReportFormat: ImportFormat = {
  id: FORMAT_ID,
  provider: 'aws',
  title: 'IAM credential report (CSV, or the JSON of aws iam get-credential-report)',
  sniff: (file) => formOf(file.head) !== undefined,
  open: () => ({ read: readCredentialReport }),
};

/** The CSV text inside the JSON form, and when AWS generated it. */
async function unwrapJson(file: FileInfo): Promise<{ csv: string; generatedAt?: string }> {
  const doc = await readJsonFile(file.path, file.display);
  const fail = (what: string) =>
    new InputError(`${file.display}: ${what}`, { file: file.display, position: 'Content' });
  if (!isRecord(doc)) throw fail('expected a JSON object with Content');
  const format = doc.ReportFormat;
  if (format !== undefined && format !== 'text/csv')
    throw fail(`ReportFormat is ${JSON.stringify(format)}; only text/csv reports can be read`);
  const content = str(doc.Content);
  if (content === undefined) throw fail('Content must be a string (the base64-encoded CSV report)');
  let csv: string;
  if (content.startsWith('user,')) {
    csv = content; // already decoded, e.g. by a tool that printed the blob as text
  } else {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw fail('Content is neither base64 nor CSV text');
    csv = Buffer.from(content, 'base64').toString('utf8');
  }
  const out: { csv: string; generatedAt?: string } = { csv };
  const generated = str(doc.GeneratedTime);
  if (generated !== undefined && !Number.isNaN(new Date(generated).getTime()))
    out.generatedAt = new Date(generated).toISOString();
  return out;
}

/** One file's reading state: where positions point, and diagnostics held back to keep line order. */
class ReportReader {
  /** The parser reads ahead, so a skipped record can be reported before the rows above it are handed
   * out; its diagnostic waits here until they have been. */
  readonly #pending: { line: number; event: DiagnosticEvent }[] = [];
  readonly #seenAccounts = new Set<string>();
  #header: string[] | undefined;
  #columns = new Map<string, number>();
  #rows = 0;

  constructor(
    private readonly file: FileInfo,
    private readonly form: Form,
    private readonly generatedAt: string | undefined,
  ) {}

  /** `line 4`; in the JSON form lines are counted inside the decoded CSV, and the position says so. */
  where(line: number): string {
    return `${this.form === 'json' ? 'Content (decoded CSV) line' : 'line'} ${line}`;
  }

  diagnostic(level: 'error' | 'warning', line: number | undefined, message: string): DiagnosticEvent {
    const position = line === undefined ? undefined : this.where(line);
    return {
      kind: 'diagnostic',
      level,
      file: this.file.display,
      ...(position === undefined ? {} : { position }),
      message: `${this.file.display}${position === undefined ? '' : ` ${position}`}: ${message}`,
    };
  }

  /** csv-parse's `on_skip`: a record that is not valid CSV. */
  skipped(err: CsvError | undefined): void {
    const line = typeof err?.lines === 'number' ? err.lines : undefined;
    const event = this.diagnostic(
      'error',
      line,
      `not valid CSV (${err?.message ?? 'unreadable record'}); skipped`,
    );
    this.#pending.push({ line: line ?? Number.MAX_SAFE_INTEGER, event });
  }

  *flush(before: number): Generator<ImportEvent> {
    const ready = this.#pending.filter((p) => p.line < before);
    this.#pending.splice(0, ready.length);
    for (const p of ready) yield p.event;
  }

  /** The events, in batches of about `BATCH` (a batch never splits a record's events). */
  async *events(parser: Parser): AsyncGenerator<ImportEvent[]> {
    let out: ImportEvent[] = [];
    try {
      for await (const entry of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        for (const ev of this.flush(entry.info.lines)) out.push(ev);
        for (const ev of this.record(entry.record, entry.info.lines)) out.push(ev);
        if (out.length >= BATCH) {
          yield out;
          out = [];
        }
      }
    } catch (e) {
      // What was read before the fault is still handed out, ahead of the error.
      if (out.length > 0) yield out;
      throw e;
    }
    for (const ev of this.flush(Infinity)) out.push(ev);
    if (this.#header === undefined)
      out.push(this.diagnostic('warning', undefined, 'the credential report is empty'));
    else if (this.#rows === 0)
      out.push(this.diagnostic('warning', undefined, 'the credential report has a header but no rows'));
    if (out.length > 0) yield out;
  }

  *record(record: string[], line: number): Generator<ImportEvent> {
    const header = this.#header;
    if (header === undefined) {
      this.#header = record;
      this.#columns = new Map(record.map((name, i) => [name.trim(), i]));
      const missing = REQUIRED_COLUMNS.filter((c) => !this.#columns.has(c));
      if (missing.length > 0)
        throw new InputError(`${this.file.display}: the header has no ${missing.join(', ')} column`, {
          file: this.file.display,
          position: this.where(line),
        });
      return;
    }
    this.#rows++;
    if (record.length !== header.length) {
      const what = `has ${record.length} fields, expected ${header.length} as in the header; row skipped`;
      yield this.diagnostic('error', line, what);
      return;
    }
    const columns = this.#columns;
    const row: ReportRow = {
      get: (column) => {
        const i = columns.get(column);
        return i === undefined ? undefined : record[i];
      },
      where: this.where(line),
    };
    const source: SourceRef = {
      kind: 'import',
      format: FORMAT_ID,
      file: this.file.display,
      position: row.where,
    };
    if (this.form === 'csv') source.line = line;
    const result = candidateOfRow(row, source, this.generatedAt);
    if (typeof result === 'string') {
      yield this.diagnostic('error', line, `${result}; row skipped`);
      return;
    }
    for (const w of result.warnings) yield this.diagnostic('warning', line, `${w}; recorded as unknown`);
    const account = result.candidate.account;
    if (!this.#seenAccounts.has(account)) {
      this.#seenAccounts.add(account);
      yield { kind: 'scope', provider: 'aws', account };
    }
    yield { kind: 'candidate', type: result.type, candidate: result.candidate };
  }
}

async function* readCredentialReport(file: FileInfo): AsyncGenerator<ImportEvent[]> {
  const form = formOf(file.head);
  if (form === undefined) return;
  let input: Readable;
  let generatedAt: string | undefined;
  if (form === 'json') {
    const unwrapped = await unwrapJson(file);
    input = Readable.from([unwrapped.csv]);
    generatedAt = unwrapped.generatedAt;
  } else {
    input = Readable.from(await byteStream(file.path, 1024 * 1024));
  }
  const reader = new ReportReader(file, form, generatedAt);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true, // rows of the wrong width are reported by the reader, by line
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      reader.skipped(err);
      return undefined;
    },
  });
  // pipe() does not forward a read error; without this the parser would wait for data forever.
  input.once('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    yield* reader.events(parser);
  } finally {
    input.destroy();
  }
}
