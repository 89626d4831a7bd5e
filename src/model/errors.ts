/**
 * One error base class with a code, a cause and details; a narrow subclass per layer. Only the CLI maps
 * them to exit codes (usage/input errors → 2, anything else → internal).
 */
export type ErrorCode =
  'USAGE' | 'INPUT' | 'CONFIG' | 'STORE' | 'RULE' | 'CATALOG' | 'UNKNOWN_FIELD' | 'INTERNAL';

export class ParapetError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
  }
}

/** The user asked for something that cannot be done as asked (bad flag, bad value). */
export class UsageError extends ParapetError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('USAGE', message, options);
  }
}

/** A file or document the user gave us is malformed. `file` and `position` name the place. */
export class InputError extends ParapetError {
  readonly file: string | undefined;
  readonly position: string | undefined;
  constructor(
    message: string,
    options: { file?: string; position?: string; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super('INPUT', message, options);
    this.file = options.file;
    this.position = options.position;
  }
}

/** A configuration file (parapet config, framework catalog) is invalid. */
export class ConfigError extends ParapetError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('CONFIG', message, options);
  }
}

export class StoreError extends ParapetError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('STORE', message, options);
  }
}

export class CatalogError extends ParapetError {
  constructor(message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super('CATALOG', message, options);
  }
}

/**
 * Thrown by `need()` when a rule reads a field its source could not read. It is control flow (the
 * engine turns it into an `error` result), thrown for many assets of a large estate, so it does not
 * capture a stack trace.
 */
export class UnknownFieldError extends ParapetError {
  readonly field: string;
  readonly reason: string;
  constructor(field: string, reason: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super('UNKNOWN_FIELD', `${field} is unknown: ${reason}`, { details: { field, reason } });
    Error.stackTraceLimit = limit;
    this.field = field;
    this.reason = reason;
  }
}

/** A short, one-line description of any thrown value. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
