/**
 * Terraform/HCL text → ast.ts, through tree-sitter (web-tree-sitter with the Terraform grammar shipped
 * as wasm by @tree-sitter-grammars/tree-sitter-hcl: no native build, lines and comments kept).
 * Hostile input is bounded: file size and nesting depth have limits, and a syntax error names the line.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { InputError } from '../../../model/errors.js';
import type { Accessor, Block, Body, Comment, Expr, HclFile } from './ast.js';

export const HCL_LIMITS = { bytes: 8 * 1024 * 1024, depth: 200 } as const;

export interface HclParser {
  parse(text: string, file: string): HclFile;
}

/**
 * Load the grammar and return a parser (once per run; the caller keeps it).
 * @example const p = await createHclParser(); const f = p.parse('resource "a" "b" {}', 'main.tf')
 */
export async function createHclParser(): Promise<HclParser> {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const language = await Language.load(
    require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'),
  );
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(text, file) {
      if (text.length > HCL_LIMITS.bytes)
        throw new InputError(
          `${file}: ${text.length} bytes is over the ${HCL_LIMITS.bytes}-byte limit for one Terraform file`,
          { file },
        );
      const tree = parser.parse(text);
      if (tree === null) throw new InputError(`${file}: could not be parsed`, { file });
      try {
        const root = tree.rootNode;
        if (root.hasError) {
          const bad = firstError(root);
          const line = bad ? bad.startPosition.row + 1 : 1;
          throw new InputError(`${file}:${line}: Terraform syntax error near "${snippet(bad)}"`, {
            file,
            position: `line ${line}`,
          });
        }
        return new Converter(file).file(root);
      } finally {
        tree.delete();
      }
    },
  };
}

function firstError(n: Node): Node | undefined {
  const stack: Node[] = [n];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x.type === 'ERROR' || x.isMissing) return x;
    if (!x.hasError) continue;
    const kids = x.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return undefined;
}

function snippet(n: Node | undefined): string {
  if (!n) return '';
  const t = n.isMissing ? `missing ${n.type}` : n.text;
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

const line = (n: Node) => n.startPosition.row + 1;

class Converter {
  private comments: Comment[] = [];
  constructor(private readonly name: string) {}

  file(root: Node): HclFile {
    let body: Body = { attributes: [], blocks: [] };
    for (const c of root.children) {
      if (c.type === 'body') body = this.body(c, 0);
      else if (c.type === 'comment') this.comments.push({ text: c.text, line: line(c) });
    }
    return { file: this.name, body, comments: this.comments };
  }

  private deep(n: Node, depth: number): void {
    if (depth > HCL_LIMITS.depth)
      throw new InputError(`${this.name}:${line(n)}: nesting deeper than ${HCL_LIMITS.depth} levels`, {
        file: this.name,
        position: `line ${line(n)}`,
      });
  }

  private body(n: Node, depth: number): Body {
    this.deep(n, depth);
    const body: Body = { attributes: [], blocks: [] };
    for (const c of n.children) {
      if (c.type === 'attribute') {
        const id = c.namedChildren.find((x) => x.type === 'identifier');
        const e = c.namedChildren.find((x) => x.type === 'expression');
        if (id && e) body.attributes.push({ name: id.text, expr: this.expr(e, depth + 1), line: line(c) });
      } else if (c.type === 'block') body.blocks.push(this.block(c, depth + 1));
      else if (c.type === 'comment') this.comments.push({ text: c.text, line: line(c) });
    }
    return body;
  }

  private block(n: Node, depth: number): Block {
    let type = '';
    const labels: string[] = [];
    let body: Body = { attributes: [], blocks: [] };
    for (const c of n.children) {
      if (c.type === 'identifier') {
        if (type === '') type = c.text;
        else labels.push(c.text);
      } else if (c.type === 'string_lit') labels.push(stringLit(c));
      else if (c.type === 'body') body = this.body(c, depth + 1);
      else if (c.type === 'comment') this.comments.push({ text: c.text, line: line(c) });
    }
    return { type, labels, body, line: line(n), endLine: n.endPosition.row + 1 };
  }

  /** An `expression` node: a primary followed by postfix accessors (get_attr, index, splat). */
  private expr(n: Node, depth: number): Expr {
    this.deep(n, depth);
    return this.term(
      n.namedChildren.filter((c) => c.type !== 'comment'),
      n,
      depth,
    );
  }

  /** A primary node followed by its postfix accessors (how the grammar inlines expression terms). */
  private term(kids: Node[], at: Node, depth: number): Expr {
    if (kids.length === 0) return { k: 'unsupported', what: 'empty expression', line: line(at) };
    let e = this.primary(kids[0]!, depth + 1);
    for (let i = 1; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type === 'splat') {
        const rest = c.namedChildren[0]?.namedChildren.map((a) => this.accessor(a, depth + 1)) ?? [];
        e = { k: 'splat', obj: e, rest, line: line(c) };
      } else {
        const acc = this.accessor(c, depth + 1);
        e =
          acc.k === 'get'
            ? { k: 'get', obj: e, attr: acc.attr, line: line(c) }
            : { k: 'index', obj: e, idx: acc.idx, line: line(c) };
      }
    }
    return e;
  }

  private accessor(n: Node, depth: number): Accessor {
    if (n.type === 'get_attr') return { k: 'get', attr: n.namedChildren[0]?.text ?? '' };
    if (n.type === 'index') {
      const inner = n.namedChildren[0];
      if (inner?.type === 'legacy_index') {
        // `a.0`: a numeric attribute index.
        const num = Number(inner.text.replace(/^\./, ''));
        return { k: 'index', idx: { k: 'lit', v: Number.isFinite(num) ? num : inner.text, line: line(n) } };
      }
      const e = inner?.namedChildren.find((x) => x.type === 'expression');
      if (e) return { k: 'index', idx: this.expr(e, depth + 1) };
    }
    return { k: 'index', idx: { k: 'unsupported', what: `accessor ${n.type}`, line: line(n) } };
  }

  private primary(n: Node, depth: number): Expr {
    this.deep(n, depth);
    const l = line(n);
    switch (n.type) {
      case 'expression':
        return this.expr(n, depth + 1);
      case 'literal_value': {
        const c = n.namedChildren[0];
        if (!c) return { k: 'lit', v: null, line: l };
        if (c.type === 'numeric_lit') return { k: 'lit', v: Number(c.text), line: l };
        if (c.type === 'bool_lit') return { k: 'lit', v: c.text === 'true', line: l };
        if (c.type === 'null_lit') return { k: 'lit', v: null, line: l };
        return { k: 'lit', v: stringLit(c), line: l };
      }
      case 'variable_expr':
        return { k: 'var', name: n.namedChildren[0]?.text ?? n.text, line: l };
      case 'collection_value':
        return this.primary(n.namedChildren[0]!, depth + 1);
      case 'tuple':
        return {
          k: 'tuple',
          items: n.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth + 1)),
          line: l,
        };
      case 'object':
        return {
          k: 'object',
          items: n.namedChildren
            .filter((c) => c.type === 'object_elem')
            .map((c) => {
              const key = c.childForFieldName('key');
              const val = c.childForFieldName('val');
              return {
                key: key ? this.objectKey(key, depth + 1) : { k: 'lit' as const, v: '', line: l },
                value: val ? this.expr(val, depth + 1) : { k: 'lit' as const, v: null, line: l },
              };
            }),
          line: l,
        };
      case 'function_call': {
        const name = n.namedChildren.find((c) => c.type === 'identifier')?.text ?? '';
        const args = n.namedChildren.find((c) => c.type === 'function_arguments');
        return {
          k: 'call',
          name,
          args:
            args?.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expr(c, depth + 1)) ??
            [],
          expand: args?.namedChildren.some((c) => c.type === 'ellipsis') ?? false,
          line: l,
        };
      }
      case 'conditional': {
        const [c, t, f] = n.namedChildren.filter((x) => x.type === 'expression');
        if (!c || !t || !f) return { k: 'unsupported', what: 'conditional', line: l };
        return {
          k: 'cond',
          c: this.expr(c, depth + 1),
          t: this.expr(t, depth + 1),
          f: this.expr(f, depth + 1),
          line: l,
        };
      }
      case 'operation':
        return this.primary(n.namedChildren[0]!, depth + 1);
      case 'unary_operation': {
        const op = n.children[0]?.text ?? '';
        const operand = n.namedChildren.filter((c) => c.type !== 'comment');
        return { k: 'unary', op, e: this.term(operand, n, depth + 1), line: l };
      }
      case 'binary_operation': {
        // Operands are inlined terms: the named nodes before and after the operator token.
        const kids = n.children.filter((c) => c.type !== 'comment');
        const at = kids.findIndex((c) => !c.isNamed);
        if (at <= 0) return { k: 'unsupported', what: 'operation', line: l };
        const op = kids[at]!.text;
        return {
          k: 'binary',
          op,
          l: this.term(kids.slice(0, at), n, depth + 1),
          r: this.term(kids.slice(at + 1), n, depth + 1),
          line: l,
        };
      }
      case 'template_expr':
        return this.template(n.namedChildren[0]!, depth + 1);
      case 'for_expr':
        return this.forExpr(n.namedChildren[0]!, depth + 1);
      default:
        return { k: 'unsupported', what: n.type, line: l };
    }
  }

  /** `{ a = 1 }`: a bare identifier key is the string "a", not a variable. */
  private objectKey(n: Node, depth: number): Expr {
    const kids = n.namedChildren;
    if (kids.length === 1 && kids[0]!.type === 'variable_expr')
      return { k: 'lit', v: kids[0]!.text, line: line(n) };
    return this.expr(n, depth);
  }

  private template(n: Node, depth: number): Expr {
    if (n.type === 'heredoc_template') return this.heredoc(n, depth);
    const parts: (string | Expr)[] = [];
    for (const c of n.namedChildren) {
      if (c.type === 'template_literal') parts.push(unescape(c.text));
      else if (c.type === 'template_interpolation') {
        const e = c.namedChildren.find((x) => x.type === 'expression');
        if (e) parts.push(this.expr(e, depth + 1));
      } else if (c.type === 'template_directive')
        parts.push({ k: 'unsupported', what: 'template directive (%{ })', line: line(c) });
    }
    return { k: 'tmpl', parts, line: line(n) };
  }

  /** Heredocs are read from the raw text (the grammar's literals drop leading indentation and newlines). */
  private heredoc(n: Node, depth: number): Expr {
    const full = n.text;
    const base = n.startIndex;
    const bodyStart = full.indexOf('\n') + 1;
    const bodyEnd = full.lastIndexOf('\n') + 1;
    const parts: (string | Expr)[] = [];
    let cursor = bodyStart;
    for (const c of n.namedChildren) {
      if (c.type !== 'template_interpolation' && c.type !== 'template_directive') continue;
      parts.push(full.slice(cursor, c.startIndex - base));
      const e = c.namedChildren.find((x) => x.type === 'expression');
      if (c.type === 'template_interpolation' && e) parts.push(this.expr(e, depth + 1));
      else parts.push({ k: 'unsupported', what: 'template directive (%{ })', line: line(c) });
      cursor = c.endIndex - base;
    }
    parts.push(full.slice(cursor, Math.max(cursor, bodyEnd)));
    const strip = (n.namedChildren.find((c) => c.type === 'heredoc_start')?.text ?? '').startsWith('<<-');
    if (strip) stripIndent(parts);
    return {
      k: 'tmpl',
      parts: parts.map((p) => (typeof p === 'string' ? p.replace(/\$\$\{/g, '${') : p)),
      line: line(n),
    };
  }

  private forExpr(n: Node, depth: number): Expr {
    const l = line(n);
    const intro = n.namedChildren.find((c) => c.type === 'for_intro');
    const ids = intro?.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text) ?? [];
    const collNode = intro?.namedChildren.find((c) => c.type === 'expression');
    const exprs = n.namedChildren.filter((c) => c.type === 'expression');
    const condNode = n.namedChildren.find((c) => c.type === 'for_cond')?.namedChildren[0];
    if (!collNode || ids.length === 0) return { k: 'unsupported', what: 'for expression', line: l };
    const object = n.type === 'for_object_expr';
    return {
      k: 'for',
      kind: object ? 'object' : 'tuple',
      keyVar: ids.length > 1 ? ids[0] : undefined,
      valVar: ids[ids.length - 1]!,
      coll: this.expr(collNode, depth + 1),
      key: object && exprs[0] ? this.expr(exprs[0], depth + 1) : undefined,
      value: this.expr((object ? exprs[1] : exprs[0]) ?? collNode, depth + 1),
      cond: condNode ? this.expr(condNode, depth + 1) : undefined,
      group: n.namedChildren.some((c) => c.type === 'ellipsis'),
      line: l,
    };
  }
}

/** A string_lit node (block label or literal) without its quotes. */
function stringLit(n: Node): string {
  return n.namedChildren
    .filter((c) => c.type === 'template_literal')
    .map((c) => unescape(c.text))
    .join('');
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function unescape(s: string): string {
  return s
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, c: string) => {
      if (c.length > 1) return String.fromCodePoint(parseInt(c.slice(1), 16));
      return ESCAPES[c] ?? m;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** `<<-EOT`: remove the smallest common leading whitespace from every line. */
function stripIndent(parts: (string | Expr)[]): void {
  const text = parts.filter((p): p is string => typeof p === 'string').join('\u0000');
  const indents = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => /^[ \t]*/.exec(l)![0].length);
  const min = indents.length ? Math.min(...indents) : 0;
  if (min === 0) return;
  const re = new RegExp(`(^|\\n)[ \\t]{${min}}`, 'g');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (typeof p === 'string')
      parts[i] = (i === 0 ? p.replace(new RegExp(`^[ \\t]{${min}}`), '') : p).replace(re, '$1');
  }
}
