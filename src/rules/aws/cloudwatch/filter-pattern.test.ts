import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globMatches, parseFilterPattern, patternCovers, requirementOf } from './filter-pattern.js';
import { MONITORING_CHECKS, monitoringCheck } from './monitoring-checks.js';

const unauthorized = monitoringCheck('unauthorized-api-calls').requirement;
const root = monitoringCheck('root-usage').requirement;
const kms = monitoringCheck('kms-key-disable-or-deletion').requirement;

describe('parseFilterPattern', () => {
  it('reads selectors, operators, quoted and bare values, NOT EXISTS, and && over ||', () => {
    expect(parseFilterPattern('{ $.a = 1 && ($.b = "x y" || $.c NOT EXISTS) }')).toEqual([
      [
        { selector: 'a', op: '=', value: '1' },
        { selector: 'b', op: '=', value: 'x y' },
      ],
      [
        { selector: 'a', op: '=', value: '1' },
        { selector: 'c', op: 'NOT EXISTS', value: '' },
      ],
    ]);
    expect(parseFilterPattern('{ $.a = 1 || $.b = 2 && $.c = 3 }')).toHaveLength(2);
  });

  it('rejects what is not a JSON filter pattern', () => {
    for (const p of [
      'ERROR',
      '[ip, user, ...]',
      '{ $.a = }',
      '{ ($.a = 1 }',
      '{ $.a = "x }',
      '',
      '{ a = 1 }',
    ])
      expect(parseFilterPattern(p), p).toBeUndefined();
  });
});

describe('patternCovers', () => {
  it("accepts CIS's own pattern for every check, and its noise filters where CIS allows them", () => {
    for (const c of MONITORING_CHECKS)
      expect(patternCovers(c.pattern, monitoringCheck(c.slug).requirement), c.slug).toBe(true);
    expect(
      patternCovers(
        '{($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket")}',
        unauthorized,
      ),
    ).toBe(true);
  });

  it('rejects a filter missing a required alternative or adding an unrelated condition', () => {
    expect(patternCovers('{ $.errorCode = "AccessDenied*" }', unauthorized)).toBe(false);
    expect(
      patternCovers(
        '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && $.awsRegion = "eu-west-1" }',
        unauthorized,
      ),
    ).toBe(false);
    expect(patternCovers('{ $.eventSource = kms.amazonaws.com && $.eventName = DisableKey }', kms)).toBe(
      false,
    );
  });

  it('accepts a broader filter: fewer conditions or a wildcard covering the required value', () => {
    expect(patternCovers('{ $.userIdentity.type = "Root" }', root)).toBe(true);
    expect(patternCovers('{ ($.eventName = DisableKey) || ($.eventName = Schedule*) }', kms)).toBe(true);
    expect(patternCovers('{ $.errorCode = "*" }', unauthorized)).toBe(true);
  });

  it('never covers with a text or space-delimited pattern, or an empty one', () => {
    for (const p of ['AccessDenied', '[w1=AccessDenied]', ''])
      expect(patternCovers(p, unauthorized), p).toBe(false);
  });
});

/** A check's pattern rebuilt from its terms in a random order with random spacing and quoting. */
function respell(
  dnf: ReturnType<typeof parseFilterPattern>,
  order: number[],
  spaces: string[],
  quote: boolean[],
): string {
  const sp = (i: number) => spaces[i % spaces.length]!;
  const conj = dnf!.map((c, ci) => {
    const terms = c.map((t, ti) => {
      const q = quote[(ci + ti) % quote.length]! || /[\s*"]/.test(t.value) || t.value === '';
      const value = t.op.includes(' ') ? '' : q ? `"${t.value}"` : t.value;
      const op = t.op.includes(' ') ? ` ${t.op}` : `${sp(ti + 1)}${t.op}${sp(ti + 2)}`;
      return `(${sp(ti)}$.${t.selector}${op}${value}${sp(ti + 3)})`;
    });
    const rotated = terms.map((_, i) => terms[(i + order[ci % order.length]!) % terms.length]!);
    return `(${rotated.join(` ${sp(ci)}&&${sp(ci + 1)} `)})`;
  });
  const k = order[0]! % conj.length;
  const shuffled = [...conj.slice(k), ...conj.slice(0, k)];
  return `{${sp(0)}${shuffled.join(`${sp(1)}||${sp(2)}`)}${sp(3)}}`;
}

describe('patternCovers (properties)', () => {
  const check = fc.constantFrom(...MONITORING_CHECKS);
  const order = fc.array(fc.nat(50), { minLength: 1, maxLength: 5 });
  const spaces = fc.array(fc.constantFrom('', ' ', '  ', '\n', '\t'), { minLength: 1, maxLength: 5 });
  const quote = fc.array(fc.boolean(), { minLength: 1, maxLength: 5 });

  it('is invariant under reordering, whitespace and quoting', () => {
    fc.assert(
      fc.property(check, order, spaces, quote, (c, o, s, q) => {
        const r = monitoringCheck(c.slug).requirement;
        const text = respell(parseFilterPattern(c.pattern), o, s, q);
        expect(parseFilterPattern(text), text).toBeDefined();
        expect(patternCovers(text, r), text).toBe(true);
      }),
    );
  });

  it('still covers with an extra alternative, and no longer covers with one required alternative left out', () => {
    fc.assert(
      fc.property(check, fc.nat(), fc.stringMatching(/^[A-Z][a-zA-Z]{2,12}$/), (c, drop, name) => {
        const r = monitoringCheck(c.slug).requirement;
        const dnf = parseFilterPattern(c.pattern)!;
        const extra = `{ ${c.pattern.slice(1, -1)} || ($.eventName = "Zz${name}") }`;
        expect(patternCovers(extra, r)).toBe(true);
        if (r.required.length < 2) return;
        const kept = dnf.filter((_, i) => i !== drop % dnf.length);
        const text = `{ ${kept.map((conj) => `(${conj.map((t) => `$.${t.selector} ${t.op} "${t.value}"`).join(' && ')})`).join(' || ')} }`;
        expect(patternCovers(text, r), text).toBe(false);
      }),
    );
  });

  it('no longer covers once an unrelated condition is required of every event', () => {
    fc.assert(
      fc.property(check, fc.stringMatching(/^[a-z]{3,10}$/), (c, field) => {
        const r = monitoringCheck(c.slug).requirement;
        const text = `{ (${c.pattern.slice(1, -1)}) && ($.zz${field} = "only-this") }`;
        expect(patternCovers(text, r), text).toBe(false);
      }),
    );
  });

  it('matches wildcards as a regular expression would, without one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*]{0,12}$/), fc.stringMatching(/^[ab]{0,12}$/), (glob, text) => {
        const re = new RegExp(`^${glob.split('*').join('.*')}$`);
        expect(globMatches(glob, text), `${glob} ~ ${text}`).toBe(re.test(text));
      }),
    );
    const stars = `${'a*'.repeat(5000)}b`;
    expect(globMatches(stars, 'a'.repeat(5000))).toBe(false);
  });

  it('never throws on arbitrary text', () => {
    const r = requirementOf('{ $.eventName = X }');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(typeof patternCovers(text, r)).toBe('boolean');
      }),
    );
  });
});
