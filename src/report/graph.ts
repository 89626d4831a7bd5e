/**
 * `parapet graph` output: the exposure and context graph as `parapet.graph/v1` JSON or as Graphviz DOT.
 * Node ids are resource uids (and `internet`); every label comes from the estate, so DOT strings are
 * escaped (quotes, backslashes — Graphviz reads `\N`, `\l` in labels — and control characters).
 */
import type { AnyAsset } from '../model/asset.js';
import type { AssetFacts } from '../inventory/graph/facts.js';
import type { Edge } from '../inventory/graph/graph.js';

export const GRAPH_SCHEMA = 'parapet.graph/v1';

export interface GraphExport {
  nodes: { asset: AnyAsset; facts: AssetFacts }[];
  edges: Edge[];
}

export interface GraphOptions {
  /** Only nodes on an exposure path (exposed assets, what lets them be reached) and their edges. */
  exposedOnly?: boolean;
}

/** Edges the exposure analysis draws from the internet towards a resource. */
const PATH_EDGES = new Set(['routes', 'contains', 'filters', 'allows', 'reaches', 'reads', 'bound-to']);

/** Keep exposed assets and the nodes on edges that lead to them. */
function select(g: GraphExport, o: GraphOptions): GraphExport {
  if (!o.exposedOnly) return g;
  const keep = new Set<string>(['internet']);
  for (const n of g.nodes) if (n.facts.exposure) keep.add(n.asset.uid);
  // Walk the exposure edges backwards from exposed nodes, so gateways, tables, subnets and groups stay
  // (the inventory's own relations point the other way and would pull in every user of a group).
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of g.edges)
      if (PATH_EDGES.has(e.kind) && keep.has(e.to) && !keep.has(e.from)) {
        keep.add(e.from);
        grew = true;
      }
  }
  for (const e of g.edges) if (e.kind === 'runs-as' && keep.has(e.from)) keep.add(e.to);
  return {
    nodes: g.nodes.filter((n) => keep.has(n.asset.uid)),
    edges: g.edges.filter((e) => keep.has(e.from) && keep.has(e.to)),
  };
}

export function graphJson(g: GraphExport, o: GraphOptions = {}): string {
  const s = select(g, o);
  const doc = {
    schema: GRAPH_SCHEMA,
    nodes: [
      { id: 'internet', type: 'internet' },
      ...s.nodes.map(({ asset, facts }) => ({
        id: asset.uid,
        type: asset.type,
        provider: asset.provider,
        account: asset.account,
        region: asset.region,
        name: asset.name,
        ...facts,
      })),
    ],
    edges: s.edges,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`, other control characters and
 * bidi overrides shown as `\uXXXX` text (escaped backslash, so Graphviz prints them, never obeys them).
 * @example dotString('a"b') // '"a\\"b"'
 */
export function dotString(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x80 && code < 0xa0) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069)
    )
      out += `\\\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `"${out}"`;
}

const SHAPES: Record<string, string> = {
  exposed: 'style=filled fillcolor="#f8d7da" color="#b02a37"',
  admin: 'style=filled fillcolor="#fff3cd" color="#997404"',
  data: 'style=filled fillcolor="#cfe2ff" color="#084298"',
};

export function graphDot(g: GraphExport, o: GraphOptions = {}): string {
  const s = select(g, o);
  const lines = [
    'digraph parapet {',
    '  rankdir=LR;',
    '  node [shape=box fontname="Helvetica" fontsize=10];',
    '  edge [fontname="Helvetica" fontsize=9];',
    '  "internet" [shape=doublecircle label="internet" style=filled fillcolor="#dc3545" fontcolor=white];',
  ];
  for (const { asset, facts } of s.nodes) {
    const label = [asset.name, asset.type, ...(facts.exposure ? [`exposed: ${facts.exposure.via}`] : [])];
    if (facts.privilege?.admin) label.push(`admin: ${facts.privilege.reason}`);
    if (facts.data?.classification) label.push(`data: ${facts.data.classification}`);
    if (facts.environment) label.push(`env: ${facts.environment}`);
    const style = facts.exposure
      ? SHAPES.exposed
      : facts.privilege?.admin
        ? SHAPES.admin
        : facts.data?.sensitive
          ? SHAPES.data
          : '';
    lines.push(
      `  ${dotString(asset.uid)} [label=${dotString(label.join('\n'))}${style ? ` ${style}` : ''}];`,
    );
  }
  for (const e of s.edges)
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(e.kind)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
