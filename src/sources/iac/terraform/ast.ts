/**
 * The Terraform/HCL syntax tree Parapet evaluates: a small, typed copy of the tree-sitter CST with the
 * line of every attribute, block and expression kept (1-based), so findings can point at lines.
 */

export type Expr =
  | { k: 'lit'; v: null | boolean | number | string; line: number }
  | { k: 'tmpl'; parts: (string | Expr)[]; line: number }
  | { k: 'var'; name: string; line: number }
  | { k: 'get'; obj: Expr; attr: string; line: number }
  | { k: 'index'; obj: Expr; idx: Expr; line: number }
  /** `a[*].b` / `a.*.b`: `rest` is applied to every element of `obj`. */
  | { k: 'splat'; obj: Expr; rest: Accessor[]; line: number }
  | { k: 'tuple'; items: Expr[]; line: number }
  | { k: 'object'; items: { key: Expr; value: Expr }[]; line: number }
  | { k: 'call'; name: string; args: Expr[]; expand: boolean; line: number }
  | { k: 'cond'; c: Expr; t: Expr; f: Expr; line: number }
  | { k: 'unary'; op: string; e: Expr; line: number }
  | { k: 'binary'; op: string; l: Expr; r: Expr; line: number }
  | {
      k: 'for';
      kind: 'tuple' | 'object';
      keyVar: string | undefined;
      valVar: string;
      coll: Expr;
      key: Expr | undefined;
      value: Expr;
      cond: Expr | undefined;
      group: boolean;
      line: number;
    }
  /** Syntax Parapet does not evaluate (template directives); evaluates to unknown with `what`. */
  | { k: 'unsupported'; what: string; line: number };

export type Accessor = { k: 'get'; attr: string } | { k: 'index'; idx: Expr };

export interface Attribute {
  name: string;
  expr: Expr;
  line: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  line: number;
  endLine: number;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

/** A comment with its line (for inline suppressions). */
export interface Comment {
  text: string;
  line: number;
}

export interface HclFile {
  /** Path as shown to the user (relative). */
  file: string;
  body: Body;
  comments: Comment[];
}
