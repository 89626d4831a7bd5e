/**
 * CloudFormation templates (YAML or JSON) → plain data plus the line of every resource and property.
 * YAML is parsed safely with the `yaml` package: only data, no custom code; the short intrinsic tags
 * (`!Ref`, `!Sub`, `!GetAtt`, `!If`, ...) become their long forms (`{ Ref: x }`, `{ 'Fn::Sub': ... }`);
 * aliases are bounded (maxAliasCount) so an alias bomb is an error, not a hang.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  type Node,
  type Tags,
  type YAMLSeq,
} from 'yaml';
import { InputError } from '../../../model/errors.js';

export const CFN_LIMITS = { bytes: 8 * 1024 * 1024, aliases: 1000 } as const;

const FN = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'Not',
  'Or',
];

/** The short-form intrinsic tags, each turned into its long form (`!Ref x` → `{ Ref: x }`) on any node kind. */
function intrinsicTags(): Tags {
  const tags: Tags = [];
  const make = (tag: string, key: string, split = false) => {
    tags.push({
      tag: `!${tag}`,
      resolve: (v: string) => ({ [key]: split ? v.split('.') : v }),
    });
    for (const collection of ['map', 'seq'] as const)
      tags.push({
        tag: `!${tag}`,
        collection,
        resolve: (node: YAMLMap.Parsed | YAMLSeq.Parsed) => {
          const wrapper = new YAMLMap();
          wrapper.items.push(new Pair(new Scalar(key), node));
          wrapper.range = node.range;
          return wrapper;
        },
      });
  };
  make('Ref', 'Ref');
  make('Condition', 'Condition');
  for (const f of FN) make(f, `Fn::${f}`, f === 'GetAtt');
  return tags;
}

export interface CfnTemplate {
  file: string;
  data: Record<string, unknown>;
  /** Line of `Resources.<id>` and of `Resources.<id>.Properties.<path>` keys, by dotted path. */
  lines: Map<string, number>;
  /** Last line of each resource's block. */
  endLines: Map<string, number>;
}

/** Whether text looks like a CloudFormation template (checked before parsing in full). */
export function looksLikeCloudFormation(head: string): boolean {
  return /AWSTemplateFormatVersion|["']?Resources["']?\s*:[\s\S]*["']?Type["']?\s*:\s*["']?(AWS|Alexa)::/.test(
    head,
  );
}

/**
 * Parse a template.
 * @example parseCloudFormation('Resources:\n  B:\n    Type: AWS::S3::Bucket\n', 'b.yaml').lines.get('B') // 2
 */
export function parseCloudFormation(text: string, file: string): CfnTemplate {
  if (text.length > CFN_LIMITS.bytes)
    throw new InputError(
      `${file}: ${text.length} bytes is over the ${CFN_LIMITS.bytes}-byte limit for one template`,
      { file },
    );
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    customTags: intrinsicTags(),
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new InputError(`${file}:${line}: not valid YAML/JSON: ${err.message.split('\n')[0]}`, {
      file,
      position: `line ${line}`,
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: CFN_LIMITS.aliases });
  } catch (e) {
    throw new InputError(`${file}: ${(e as Error).message} (aliases are limited to ${CFN_LIMITS.aliases})`, {
      file,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError(`${file}: a CloudFormation template must be a mapping`, { file });
  const lines = new Map<string, number>();
  const endLines = new Map<string, number>();
  const lineOf = (n: Node | null | undefined) =>
    n?.range ? lineCounter.linePos(n.range[0]).line : undefined;
  const resources = isMap(doc.contents)
    ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'Resources')
    : undefined;
  if (resources && isMap(resources.value)) {
    for (const r of resources.value.items) {
      if (!isPair(r) || !isScalar(r.key)) continue;
      const id = String(r.key.value);
      const l = lineOf(r.key);
      if (l !== undefined) lines.set(id, l);
      const v = r.value as Node | null;
      if (v?.range) endLines.set(id, lineCounter.linePos(Math.max(v.range[0], v.range[1] - 1)).line);
      if (!isMap(v)) continue;
      const props = v.items.find((p) => isScalar(p.key) && p.key.value === 'Properties');
      if (props) walk(props.value as Node, `${id}.Properties`, 0);
      for (const p of v.items) if (isScalar(p.key)) setLine(`${id}.${String(p.key.value)}`, lineOf(p.key));
    }
  }
  function setLine(path: string, l: number | undefined) {
    if (l !== undefined && !lines.has(path)) lines.set(path, l);
  }
  function walk(n: Node | null, path: string, depth: number) {
    if (!n || depth > 32) return;
    if (isMap(n)) {
      for (const p of n.items) {
        if (!isScalar(p.key)) continue;
        const k = `${path}.${String(p.key.value)}`;
        setLine(k, lineOf(p.key));
        walk(p.value as Node, k, depth + 1);
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        const k = `${path}.${i}`;
        setLine(k, lineOf(item as Node));
        walk(item as Node, k, depth + 1);
      });
    }
  }
  return { file, data: data as Record<string, unknown>, lines, endLines };
}
