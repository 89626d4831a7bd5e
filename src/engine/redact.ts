/**
 * Secrets found in configurations never reach evidence, reports or the store: values under keys that
 * name a secret are replaced, and strings that look like credentials are masked wherever they appear.
 */
const SECRET_KEY =
  /(pass(word|wd)?|secret|token|private[-_]?key|credential|connection[-_]?string|sas|api[-_]?key)$/i;
const SECRET_VALUE = [
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\b(AccountKey|SharedAccessSignature|sig)=[^;&\s"]+/gi,
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
];

export const REDACTED = '[redacted]';

/**
 * `value` with secrets replaced by `[redacted]`: a copy of every object or array on the way to a
 * replaced value, and `value` itself (no copy) where there is nothing to replace, which is nearly
 * always; evidence is only ever read, so sharing the rest is safe.
 * @example redactSecrets({ user: 'a', password: 'p' }) // { user: 'a', password: '[redacted]' }
 */
export function redactSecrets<T>(value: T, depth = 0): T {
  if (depth > 32) return value;
  if (typeof value === 'string') return redactString(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const r = redactSecrets(v, depth + 1);
      if (r !== v) (out ??= value.slice())[i] = r;
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    let entries: [string, unknown][] | undefined; // started at the first change
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = obj[k];
      const r =
        SECRET_KEY.test(k) && typeof v === 'string' && v !== '' ? REDACTED : redactSecrets(v, depth + 1);
      if (entries === undefined && r !== v) entries = keys.slice(0, i).map((key) => [key, obj[key]]);
      entries?.push([k, r]);
    }
    // fromEntries defines own properties, so a `__proto__` key stays a plain key.
    return (entries === undefined ? value : Object.fromEntries(entries)) as T;
  }
  return value;
}

/** Cheap pre-check: only strings that could hold one of the patterns are searched. */
const MAYBE_SECRET = /AKIA|-----BEGIN|=|gh[pousr]_/i;

function redactString(s: string): string {
  if (s.length < 16 || !MAYBE_SECRET.test(s)) return s;
  let out = s;
  for (const re of SECRET_VALUE)
    out = out.replace(re, (m) => (m.includes('=') ? `${m.split('=')[0]}=${REDACTED}` : REDACTED));
  return out;
}
