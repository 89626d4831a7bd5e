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

/** A deep copy of `value` with secrets replaced by `[redacted]`. */
export function redactSecrets<T>(value: T, depth = 0): T {
  if (depth > 32) return value;
  if (typeof value === 'string') return redactString(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactSecrets(v, depth + 1)) as T;
  if (value !== null && typeof value === 'object') {
    const out: [string, unknown][] = [];
    for (const [k, v] of Object.entries(value)) {
      out.push([
        k,
        SECRET_KEY.test(k) && typeof v === 'string' && v !== '' ? REDACTED : redactSecrets(v, depth + 1),
      ]);
    }
    return Object.fromEntries(out) as T;
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
