import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  it('replaces values under secret keys and credentials inside text, at any depth', () => {
    const evidence = {
      user: 'alice',
      password: 'p4ss',
      nested: [{ apiKey: 'k-123' }, 'key AKIAABCDEFGHIJKLMNOP here', { ok: 1 }],
      conn: 'Server=x;AccountKey=abc123==;Other=y',
    };
    expect(redactSecrets(evidence)).toEqual({
      user: 'alice',
      password: REDACTED,
      nested: [{ apiKey: REDACTED }, `key ${REDACTED} here`, { ok: 1 }],
      conn: `Server=x;AccountKey=${REDACTED};Other=y`,
    });
    expect(evidence.password).toBe('p4ss'); // the input is left as it was
  });

  it('returns what holds no secret as it is, and copies only the path to a secret', () => {
    const clean = { a: { b: ['x', 1, null] }, token: '' };
    expect(redactSecrets(clean)).toBe(clean);
    const mixed = { keep: { deep: [1, 2] }, change: { secret: 's' } };
    const out = redactSecrets(mixed);
    expect(out).not.toBe(mixed);
    expect(out.keep).toBe(mixed.keep);
    expect(out.change).toEqual({ secret: REDACTED });
  });

  it('keeps a __proto__ key a plain own key', () => {
    const hostile = JSON.parse('{"__proto__": {"password": "p"}, "x": 1}') as Record<string, unknown>;
    const out = redactSecrets(hostile);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ password: REDACTED });
  });
});
