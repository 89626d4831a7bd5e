/**
 * CloudWatch Logs JSON filter patterns (`{ ($.errorCode = "*UnauthorizedOperation") || ... }`), parsed
 * far enough to decide whether a metric filter catches the CloudTrail events a CIS monitoring check
 * names. A pattern becomes a disjunction of conjunctions of comparisons (`&&` binds tighter than `||`,
 * parentheses group); a comparison is a selector, an operator and a value, with quotes, `$.` spacing
 * and whitespace normalised away. Space-delimited and plain-text patterns are not JSON patterns: they
 * never cover a check.
 */

/** One comparison: `eventName = ConsoleLogin`, `userIdentity.invokedBy NOT EXISTS`. */
export interface Term {
  selector: string;
  op: string;
  value: string;
}
/** Terms that must all hold. */
export type Conjunction = readonly Term[];
/** A pattern in disjunctive normal form: it matches an event when any conjunction does. */
export type Dnf = readonly Conjunction[];

/** Above this many conjunctions a pattern is not expanded (it is judged as not covering). */
const MAX_CONJUNCTIONS = 2048;

type Token =
  | { kind: 'punct'; text: '{' | '}' | '(' | ')' | '&&' | '||' }
  | { kind: 'op'; text: string }
  | { kind: 'selector'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'word'; text: string };

function tokenize(pattern: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const two = pattern.slice(i, i + 2);
    if (two === '&&' || two === '||') {
      out.push({ kind: 'punct', text: two });
      i += 2;
      continue;
    }
    if (two === '!=' || two === '>=' || two === '<=') {
      out.push({ kind: 'op', text: two });
      i += 2;
      continue;
    }
    if (ch === '=' || ch === '<' || ch === '>') {
      out.push({ kind: 'op', text: ch });
      i++;
      continue;
    }
    if (ch === '{' || ch === '}' || ch === '(' || ch === ')') {
      out.push({ kind: 'punct', text: ch });
      i++;
      continue;
    }
    if (ch === '"') {
      let text = '';
      i++;
      while (i < pattern.length && pattern[i] !== '"') {
        if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
        text += pattern[i];
        i++;
      }
      if (i >= pattern.length) return undefined; // unterminated string
      i++;
      out.push({ kind: 'string', text });
      continue;
    }
    if (ch === '$') {
      // `$.a.b`, `$.a[0]`, with optional spaces around the dots (`$. eventName` is accepted by AWS).
      let j = i + 1;
      let text = '';
      while (j < pattern.length && /[\w.[\]\s-]/.test(pattern[j]!)) {
        if (/\s/.test(pattern[j]!)) {
          let k = j;
          while (k < pattern.length && /\s/.test(pattern[k]!)) k++;
          if (!(pattern[k] === '.' || text.endsWith('.'))) break;
          j = k;
          continue;
        }
        text += pattern[j];
        j++;
      }
      out.push({ kind: 'selector', text: text.replace(/^\./, '') });
      i = j;
      continue;
    }
    const m = /^[^\s(){}&|=!<>"]+/.exec(pattern.slice(i));
    if (m === null) return undefined;
    out.push({ kind: 'word', text: m[0] });
    i += m[0].length;
  }
  return out;
}

class Parser {
  #i = 0;
  constructor(readonly tokens: Token[]) {}

  #peek(): Token | undefined {
    return this.tokens[this.#i];
  }
  #isPunct(text: string): boolean {
    const t = this.#peek();
    return t?.kind === 'punct' && t.text === text;
  }
  #expect(text: string): void {
    if (!this.#isPunct(text)) throw new Error(`expected ${text}`);
    this.#i++;
  }

  pattern(): Dnf {
    this.#expect('{');
    const d = this.#or();
    this.#expect('}');
    if (this.#i !== this.tokens.length) throw new Error('text after the closing brace');
    return d;
  }

  #or(): Dnf {
    let d = this.#and();
    while (this.#isPunct('||')) {
      this.#i++;
      d = [...d, ...this.#and()];
      if (d.length > MAX_CONJUNCTIONS) throw new Error('too complex');
    }
    return d;
  }

  #and(): Dnf {
    let d = this.#primary();
    while (this.#isPunct('&&')) {
      this.#i++;
      const right = this.#primary();
      if (d.length * right.length > MAX_CONJUNCTIONS) throw new Error('too complex');
      d = d.flatMap((l) => right.map((r) => [...l, ...r]));
    }
    return d;
  }

  #primary(): Dnf {
    if (this.#isPunct('(')) {
      this.#i++;
      const d = this.#or();
      this.#expect(')');
      return d;
    }
    return [[this.#comparison()]];
  }

  #comparison(): Term {
    const sel = this.tokens[this.#i++];
    if (sel?.kind !== 'selector' || sel.text === '') throw new Error('expected a $. selector');
    const next = this.tokens[this.#i++];
    if (next?.kind === 'op') {
      const value = this.tokens[this.#i++];
      if (value?.kind !== 'string' && value?.kind !== 'word') throw new Error('expected a value');
      return { selector: sel.text, op: next.text, value: value.text };
    }
    if (next?.kind === 'word') {
      const keyword = next.text.toUpperCase();
      const arg = this.#peek();
      if ((keyword === 'NOT' || keyword === 'IS') && arg?.kind === 'word') {
        this.#i++;
        return { selector: sel.text, op: `${keyword} ${arg.text.toUpperCase()}`, value: '' };
      }
      if (keyword === 'EXISTS') return { selector: sel.text, op: 'EXISTS', value: '' };
    }
    throw new Error('expected an operator');
  }
}

/**
 * The pattern in disjunctive normal form, or undefined when it is not a JSON filter pattern this parser
 * understands (space-delimited and text patterns, malformed or very large patterns).
 * @example parseFilterPattern('{ $.a = 1 && ($.b = x || $.c NOT EXISTS) }')
 * // [[a = 1, b = x], [a = 1, c NOT EXISTS]]
 */
export function parseFilterPattern(pattern: string): Dnf | undefined {
  const tokens = tokenize(pattern);
  if (tokens === undefined) return undefined;
  try {
    return new Parser(tokens).pattern();
  } catch {
    return undefined;
  }
}

/**
 * `*` in an `=` value matches any text (CloudWatch's wildcard); everything else is literal. Linear
 * two-pointer matching (no regular expression), so a pattern full of stars cannot stall a scan.
 */
export function globMatches(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

const sameTerm = (a: Term, b: Term) => a.selector === b.selector && a.op === b.op && a.value === b.value;

/** True when every event satisfying `required` also satisfies the filter's term `f`. */
function implied(f: Term, required: Conjunction): boolean {
  return required.some(
    (r) =>
      sameTerm(f, r) ||
      (f.selector === r.selector && f.op === '=' && r.op === '=' && globMatches(f.value, r.value)),
  );
}

/**
 * What a CIS check requires: every conjunction of `required` must be caught by the filter. `optional`
 * terms are refinements a filter may add without losing coverage (CIS's own patterns add some to cut
 * noise, such as `$.eventName != "HeadBucket"` for unauthorised calls).
 */
export interface Requirement {
  required: Dnf;
  optional: Conjunction;
}

/**
 * Whether a filter pattern catches every event a requirement describes. A filter conjunction catches a
 * required conjunction when each of its terms is implied by the required terms (the same comparison,
 * or an `=` wildcard matching the required value) or is one of the allowed refinements. Order,
 * whitespace, quoting and redundant parentheses do not matter.
 * @example
 * patternCovers('{ ($.errorCode = "AccessDenied*") || ($.errorCode = "*UnauthorizedOperation") }', unauthorizedCalls) // true
 */
export function patternCovers(pattern: string, requirement: Requirement): boolean {
  const dnf = parseFilterPattern(pattern);
  if (dnf === undefined) return false;
  return requirement.required.every((need) =>
    dnf.some((conj) =>
      conj.every((f) => implied(f, need) || requirement.optional.some((o) => sameTerm(f, o))),
    ),
  );
}

/**
 * A requirement from CIS's recommended pattern text and the refinement terms it allows.
 * @example requirementOf('{ ($.eventName = CreateTrail) || ($.eventName = DeleteTrail) }')
 */
export function requirementOf(pattern: string, optional = ''): Requirement {
  const required = parseFilterPattern(pattern);
  if (required === undefined) throw new Error(`not a filter pattern: ${pattern}`);
  const extra = optional === '' ? [[]] : parseFilterPattern(optional);
  if (extra === undefined || extra.length !== 1) throw new Error(`not a conjunction: ${optional}`);
  return { required, optional: extra[0]! };
}
