/**
 * What a collector works with in one account and region: cached SDK clients, `call` (limited per
 * service, failures turned into outcomes and diagnostics), and `item`, which passes an AWS
 * Config-shaped item through the AWS Config importer's own mappers so a live asset is the very same
 * asset an AWS Config export gives — then marks the fields whose calls failed as unknown.
 */
import type { SourceRef } from '../../../model/asset.js';
import { unknown } from '../../../model/unknown.js';
import { normaliseItem } from '../../import/aws-config/item.js';
import { CONFIG_MAPPERS } from '../../import/aws-config/mappers/index.js';
import type { ImportEvent } from '../../import/types.js';
import {
  clientConfig,
  failureOf,
  Limiter,
  reasonOf,
  SERVICE_CONCURRENCY,
  type ClientSettings,
  type Outcome,
} from './runtime.js';

export const LIVE_FORMAT = 'aws-live';

/** An AWS Config configuration item, as the collectors build it from SDK responses. */
export interface LiveConfigItem {
  resourceType: string;
  resourceId: string;
  resourceName?: string;
  arn?: string;
  awsRegion: string;
  tags?: unknown;
  relationships?: unknown[];
  configuration: Record<string, unknown>;
  supplementaryConfiguration?: Record<string, unknown>;
}

/** Where a run's events and messages go (shared by every account). */
export interface Sink {
  emit: (ev: ImportEvent) => void;
  /** A line for the user on stderr. */
  log: (message: string) => void;
  /** Failures already told to the user (each kind of failure once per run; all are diagnostics). */
  told: Set<string>;
  observe?: ((service: string, operation: string) => void) | undefined;
}

/** Per account: the clients, service limiters and the event sink shared by its regions. */
export class AccountSession {
  readonly #clients = new Map<string, unknown>();
  readonly #limiters = new Map<string, Limiter>();

  constructor(
    readonly account: string,
    readonly partition: string,
    readonly settings: ClientSettings,
    readonly sink: Sink,
  ) {}

  emit(ev: ImportEvent): void {
    this.sink.emit(ev);
  }

  /** The SDK client of one service for a region, built once. */
  client<C>(key: string, region: string, make: (config: ReturnType<typeof clientConfig>) => C): C {
    const id = `${key}\u0000${region}`;
    let c = this.#clients.get(id) as C | undefined;
    if (c === undefined) {
      c = make(clientConfig(this.settings, region));
      this.#clients.set(id, c);
    }
    return c;
  }

  /** The limiter of a service in a region: AWS's request quotas are per account, region and service. */
  limiter(service: string, region: string): Limiter {
    const key = `${service}\u0000${region}`;
    let l = this.#limiters.get(key);
    if (l === undefined) this.#limiters.set(key, (l = new Limiter(SERVICE_CONCURRENCY[service] ?? 4)));
    return l;
  }

  /** Destroy every client (closes sockets). */
  close(): void {
    for (const c of this.#clients.values()) (c as { destroy?: () => void }).destroy?.();
    this.#clients.clear();
  }
}

export class RegionScope {
  constructor(
    readonly session: AccountSession,
    readonly region: string,
  ) {}

  get account(): string {
    return this.session.account;
  }
  get partition(): string {
    return this.session.partition;
  }
  get where(): string {
    return `account ${this.account} ${this.region}`;
  }

  client<C>(key: string, make: (config: ReturnType<typeof clientConfig>) => C): C {
    return this.session.client(key, this.region, make);
  }

  /**
   * Run one API call (or one fully paginated listing) under the service's limit. A failure is
   * returned, not thrown; unless `quiet` (an expected miss such as "no bucket policy"), it is also
   * reported as a warning diagnostic.
   */
  async call<T>(
    service: string,
    operation: string,
    run: () => Promise<T>,
    options: { quiet?: (failure: ReturnType<typeof failureOf>) => boolean } = {},
  ): Promise<Outcome<T>> {
    this.session.sink.observe?.(service, operation);
    try {
      return { ok: true, value: await this.session.limiter(service, this.region).run(run) };
    } catch (e) {
      const failure = failureOf(e);
      const reason = reasonOf(`${service}:${operation}`, this.where, failure);
      if (options.quiet?.(failure) !== true) {
        this.warn(reason);
        const kind = `${service}:${operation} ${failure.kind} ${failure.code}`;
        if (!this.session.sink.told.has(kind)) {
          this.session.sink.told.add(kind);
          this.session.sink.log(
            `aws: ${reason} (further failures like it are listed in the scan's diagnostics)`,
          );
        }
      }
      return { ok: false, failure, reason };
    }
  }

  warn(message: string): void {
    this.session.emit({ kind: 'diagnostic', level: 'warning', file: `aws ${this.where}`, message });
  }

  source(): SourceRef {
    return { kind: 'live', format: LIVE_FORMAT, position: `${this.account}/${this.region}` };
  }

  /**
   * Map a Config-shaped item with the importer's mappers and emit its candidates; `gaps` names config
   * fields (of the mapped asset) whose calls failed, with the reason; `patch` sets fields AWS Config
   * does not record (e.g. a trail's logging status) on the mapped config.
   */
  item(
    raw: LiveConfigItem,
    gaps: Record<string, string> = {},
    patch?: (config: Record<string, unknown>) => void,
  ): void {
    const item = normaliseItem({ ...raw, accountId: this.account });
    if (typeof item === 'string') {
      this.warn(`could not build ${raw.resourceType} ${raw.resourceId}: ${item}`);
      return;
    }
    const mapper = CONFIG_MAPPERS[item.resourceType];
    if (mapper === undefined) throw new Error(`no AWS Config mapper for ${item.resourceType}`);
    for (const m of mapper(item, this.source())) {
      for (const [field, reason] of Object.entries(gaps)) m.candidate.config[field] = unknown(reason);
      patch?.(m.candidate.config);
      this.session.emit({ kind: 'candidate', type: m.type, candidate: m.candidate });
    }
  }
}
