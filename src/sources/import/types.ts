/**
 * What importers produce: asset candidates (typed and parsed by inventory/build), diagnostics that
 * name the file and position, and the scopes a file covers (for coverage).
 */
import type { Provider } from '../../model/asset.js';
import type { AssetCandidate } from '../../inventory/build.js';

export interface CandidateEvent {
  kind: 'candidate';
  /** Asset type, e.g. `aws.s3.bucket`. */
  type: string;
  candidate: AssetCandidate;
}

export interface DiagnosticEvent {
  kind: 'diagnostic';
  /** `error`: input was malformed and something was skipped. `warning`: kept, with a caveat. */
  level: 'error' | 'warning';
  file: string;
  position?: string;
  message: string;
}

/** A provider resource type the file holds that Parapet does not assess (yet); counted, not listed per item. */
export interface UnsupportedEvent {
  kind: 'unsupported';
  provider: Provider;
  resourceType: string;
}

/**
 * The account/subscription/project (and region) a file describes, and, when the source says so, the
 * asset types it records completely there (e.g. an AWS Config recorder with `allSupported`).
 */
export interface ScopeEvent {
  kind: 'scope';
  provider: Provider;
  account: string;
  region?: string;
  covers?: { assetTypes: 'all' | string[]; except?: string[] };
}

/** A file was recognised (or not) and is about to be read. */
export interface FileEvent {
  kind: 'file';
  file: string;
  /** The recognised format id; undefined when the file was not recognised. */
  format: string | undefined;
  bytes: number;
}

export type ImportEvent = CandidateEvent | DiagnosticEvent | UnsupportedEvent | ScopeEvent | FileEvent;

export interface FileInfo {
  path: string;
  /** Path as the user should see it (relative to where they pointed us). */
  display: string;
  /** Bytes on disk. */
  size: number;
  /** The file is gzip-compressed; readers get decompressed content through bytes.ts / json-file.ts. */
  gzip?: boolean;
  /** The first bytes of the file, decoded as UTF-8, for sniffing. */
  head: string;
}

/**
 * One export format. `sniff` decides from content; `open` starts one import's reader, whose state
 * (e.g. a GCP project-number → project-id map) lives in that reader, never in the module.
 */
export interface ImportFormat {
  id: string;
  provider: Provider;
  /** Human name used in messages: "AWS Config snapshot or configuration items". */
  title: string;
  sniff(file: FileInfo): boolean;
  open(): FormatReader;
}

export interface FormatReader {
  /** Optional first look at every file of this format in the import, before any is read. */
  prepare?(files: readonly FileInfo[], options: ReadOptions): Promise<void>;
  /**
   * The file's events, in order, in batches (typically the items of one chunk of the file). Batches,
   * not single events, because every async step costs a promise and a trip through the microtask
   * queue: at a million items, per-item steps through a few layers cost more than parsing the JSON.
   */
  read(file: FileInfo, options: ReadOptions): AsyncIterable<ImportEvent[]>;
}

export interface ReadOptions {
  /** Files larger than this are streamed rather than parsed whole. */
  streamThreshold: number;
}
