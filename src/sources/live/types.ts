/**
 * Live sources: collectors that call a cloud's official SDKs and produce the same events as the
 * importers (typed asset candidates, scopes with what they cover, diagnostics), so one rule judges a
 * live asset and an exported one alike.
 *
 * Each provider's source lives in `src/sources/live/<provider>/` and is listed in `LIVE_SOURCES`
 * (./index.ts). The CLI adds `--<provider>` and the source's own options to `parapet scan`, and
 * `parapet permissions <provider>` prints the least-privilege policy built from the declared calls.
 */
import type { Option } from 'commander';
import type { Provider } from '../../model/asset.js';
import type { ImportEvent } from '../import/types.js';

/**
 * One API operation a collector may call. Every call a collector makes must be declared (a test per
 * provider proves it), and every declared permission must be read-only.
 */
export interface DeclaredCall {
  /** The service as the provider names it: `s3`, `Microsoft.Storage`, `compute.googleapis.com`. */
  service: string;
  /** The operation: `GetBucketPolicy`, `storageAccounts/read`, `compute.firewalls.list`. */
  operation: string;
  /** The permission(s) it needs in the provider's policy language (IAM action, Azure action, GCP permission). */
  permissions: string[];
  /** Why Parapet calls it (shown in `parapet permissions --explain`, and a reviewer's first question). */
  why: string;
}

/** What a live collection run gets from the CLI. */
export interface LiveContext {
  now: Date;
  env: NodeJS.ProcessEnv;
  /** Progress and non-fatal notes for the user (stderr); never credentials. */
  log: (message: string) => void;
  /** Aborted when the user interrupts the scan. */
  signal?: AbortSignal;
}

export interface LiveSource<O = Record<string, unknown>> {
  provider: Provider;
  /** `--aws` etc. is added by the CLI; these are the provider's further options (e.g. `--profile`). */
  options(): Option[];
  /** Validate and normalise the parsed commander options (throw UsageError naming the flag). */
  parseOptions(raw: Record<string, unknown>): O;
  /**
   * Collect: yield events in batches. A denied or failed call is not an exception: it becomes a
   * `diagnostic` (warning, naming scope and call) and `{ $unknown: reason }` on the affected fields,
   * and collection goes on with the rest. Scopes that were read completely are announced with
   * `scope` events (`covers`), so absence-based rules and lifecycle know what was fully seen.
   */
  collect(options: O, ctx: LiveContext): AsyncIterable<ImportEvent[]>;
  /** Every API call the collectors may make. */
  calls(): readonly DeclaredCall[];
  /** The least-privilege policy document for the scanner, as text (JSON for AWS/Azure, YAML or JSON for GCP). */
  permissions(options: { explain?: boolean }): string;
}
