import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHclParser, type HclParser } from './parse.js';
import { loadTerraform } from './load.js';
import { isUnknownValue, type Value } from './value.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await createHclParser();
});

/** Write files into a temp dir, load it, and return the attrs of every instance by address. */
function load(files: Record<string, string>, opts: { vars?: string[] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-tf-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const r = loadTerraform([dir], parser, { cwd: dir, vars: opts.vars ?? [] });
  const attrs = new Map<string, Record<string, Value>>();
  for (const i of r.instances)
    attrs.set(i.address, Object.fromEntries(Object.entries(i.body.attrs).map(([k, a]) => [k, a.value])));
  return { r, attrs };
}

/** Evaluate expressions as attributes of one resource. */
function values(exprs: Record<string, string>, extra = ''): Record<string, Value> {
  const body = Object.entries(exprs)
    .map(([k, v]) => `  ${k} = ${v}`)
    .join('\n');
  const { attrs } = load({ 'main.tf': `${extra}\nresource "x_thing" "t" {\n${body}\n}\n` });
  return attrs.get('x_thing.t')!;
}

describe('Terraform expressions', () => {
  it('evaluates literals, templates, operators, conditionals and heredocs', () => {
    const v = values({
      s: '"a-${1 + 2}-${"b"}"',
      n: '10 % 4 * 2',
      b: '!(1 > 2) && true',
      c: 'true ? "yes" : "no"',
      eq: '"x" == "x"',
      h: '<<-EOT\n    one\n      two\n    EOT',
      esc: '"q\\"$${literal}"',
    });
    expect(v).toMatchObject({
      s: 'a-3-b',
      n: 4,
      b: true,
      c: 'yes',
      eq: true,
      h: 'one\n  two\n',
      esc: 'q"${literal}',
    });
  });

  it('evaluates variables (defaults, tfvars, --var), locals and for expressions', () => {
    const { attrs } = load(
      {
        'main.tf': `
variable "a" { default = "from-default" }
variable "b" { default = "x" }
variable "c" { type = number }
variable "d" { default = "d" }
locals {
  list = [for s in ["a", "b", ""] : upper(s) if s != ""]
  map  = { for k, v in { x = 1, y = 2 } : k => v * 10 }
  both = "\${var.a}/\${var.b}/\${var.c + 1}/\${var.d}"
}
resource "x_thing" "t" {
  list = local.list
  map  = local.map
  both = local.both
}`,
        'terraform.tfvars': 'b = "from-tfvars"\n',
        'z.auto.tfvars': 'd = "from-auto"\n',
      },
      { vars: ['c=41'] },
    );
    expect(attrs.get('x_thing.t')).toMatchObject({
      list: ['A', 'B'],
      map: { x: 10, y: 20 },
      both: 'from-default/from-tfvars/42/from-auto',
    });
  });

  it('implements common pure functions', () => {
    const v = values({
      json: 'jsonencode({ a = [1, "two"], b = null })',
      merged: 'merge({ a = 1 }, { b = 2 }, { a = 3 })',
      cat: 'concat([1], [2, 3])',
      look: 'lookup({ a = "x" }, "b", "default")',
      fmt: 'format("%s-%03d", "id", 7)',
      subnet: 'cidrsubnet("10.0.0.0/16", 8, 2)',
      host: 'cidrhost("10.0.0.0/24", 5)',
      joined: 'join(",", ["a", "b"])',
      len: 'length({ a = 1, b = 2 })',
      tried: 'try(local.missing, "fallback")',
      elem: 'element(["a", "b", "c"], 4)',
      dec: 'jsondecode("{\\"k\\": [true]}")',
    });
    expect(v).toMatchObject({
      json: '{"a":[1,"two"],"b":null}',
      merged: { a: 3, b: 2 },
      cat: [1, 2, 3],
      look: 'default',
      fmt: 'id-007',
      subnet: '10.0.2.0/24',
      host: '10.0.0.5',
      joined: 'a,b',
      len: 2,
      tried: 'fallback',
      elem: 'b',
      dec: { k: [true] },
    });
  });

  it('makes values that are known only at apply unknown, with the reason', () => {
    const v = values(
      {
        computed: 'x_other.o.id',
        data: 'data.aws_caller_identity.me.account_id',
        novar: 'var.none',
        stamp: 'timestamp()',
        tmpl: '"arn:${x_other.o.id}"',
        known: 'x_other.o.name',
      },
      'variable "none" {}\nresource "x_other" "o" { name = "fixed" }\n',
    );
    for (const k of ['computed', 'data', 'novar', 'stamp', 'tmpl'])
      expect(isUnknownValue(v[k]), k).toBe(true);
    expect(v.known).toBe('fixed');
    expect(v.computed).toMatchObject({ $ref: 'x_other.o' });
  });

  it('expands count, for_each and dynamic blocks, and evaluates local modules with their inputs', () => {
    const { r } = load({
      'main.tf': `
resource "x_thing" "c" {
  count = 2
  name  = "c-\${count.index}"
}
resource "x_thing" "f" {
  for_each = toset(["a", "b"])
  name     = each.key
  dynamic "rule" {
    for_each = [1, 2]
    content { port = rule.value }
  }
}
module "m" {
  source = "./mod"
  n      = 3
}`,
      'mod/main.tf': `
variable "n" {}
module "inner" {
  source = "./inner"
  v      = var.n * 2
}`,
      'mod/inner/main.tf': 'variable "v" {}\nresource "x_thing" "deep" { v = var.v }\n',
    });
    const addresses = r.instances.map((i) => i.address);
    expect(addresses).toEqual([
      'x_thing.c[0]',
      'x_thing.c[1]',
      'x_thing.f["a"]',
      'x_thing.f["b"]',
      'module.m.module.inner.x_thing.deep',
    ]);
    const f = r.instances.find((i) => i.address === 'x_thing.f["a"]')!;
    expect(f.body.blocks.rule?.map((b) => b.body.attrs.port?.value)).toEqual([1, 2]);
    expect(r.instances.at(-1)!.body.attrs.v?.value).toBe(6);
    expect(r.instances.at(-1)!.file).toBe('mod/inner/main.tf');
  });

  it('reports registry modules and unknown count as not assessed', () => {
    const { r } = load({
      'main.tf': `
variable "n" {}
module "vpc" { source = "terraform-aws-modules/vpc/aws" }
resource "x_thing" "c" { count = var.n }`,
    });
    expect(r.instances).toHaveLength(0);
    expect(r.notAssessed.map((n) => n.address).sort()).toEqual(['module.vpc', 'x_thing.c']);
  });
});

describe('hostile Terraform', () => {
  it('names the file and line of a syntax error and goes on with the other files', () => {
    const { r } = load({
      'a.tf': 'resource "x_thing" "ok" { a = 1 }\n',
      'b.tf': 'resource "x" "y" {\n  a = = 2\n}\n',
    });
    expect(r.instances.map((i) => i.address)).toEqual(['x_thing.ok']);
    expect(r.diagnostics[0]).toMatchObject({ level: 'error', file: 'b.tf' });
    expect(r.diagnostics[0]!.message).toMatch(/b\.tf:2: Terraform syntax error/);
  });

  it('rejects nesting deeper than the limit with a clear error', () => {
    const deep = `${'['.repeat(400)}1${']'.repeat(400)}`;
    const { r } = load({ 'main.tf': `resource "x_thing" "t" { a = ${deep} }\n` });
    expect(r.diagnostics[0]?.message).toMatch(/nesting deeper than 200 levels/);
  });

  it('turns reference cycles into unknown instead of hanging', () => {
    const v = values({ a: 'local.x' }, 'locals {\n  x = local.y\n  y = local.x\n}\n');
    expect(isUnknownValue(v.a)).toBe(true);
  });

  it('bounds huge count and range', () => {
    const { r } = load({
      'main.tf': 'resource "x_thing" "t" {\n  count = 100000000\n}\nlocals { r = range(100000000) }\n',
    });
    expect(r.instances).toHaveLength(0);
    expect(r.notAssessed[0]?.reason).toMatch(/over the limit/);
  });
});
