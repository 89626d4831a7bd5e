import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InventoryIndex } from '../engine/inventory-index.js';
import { EstateGraph } from '../inventory/graph/graph.js';
import { exposedEstate } from '../rules/aws/testing/network-fixtures.js';
import { assetOf } from '../rules/testing/builders.js';
import { secureBucket } from '../rules/aws/testing/fixtures.js';
import { dotString, graphDot, graphJson } from './graph.js';

/** The Graphviz `dot` binary, when installed (Debian package graphviz); tests that need it skip otherwise. */
function dotAvailable(): boolean {
  try {
    execFileSync('dot', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hostile = assetOf('aws.s3.bucket', secureBucket, {
  uid: 'arn:aws:s3:::evil',
  name: 'evil"]; "x" -> "y" [label="\\N\u001b[31m\u202e\nline2',
  tags: { environment: 'prod' },
});

describe('dotString', () => {
  it('escapes quotes, backslashes, line breaks and control characters', () => {
    expect(dotString('a"b')).toBe('"a\\"b"');
    expect(dotString('a\\Nb')).toBe('"a\\\\Nb"');
    expect(dotString('a\nb')).toBe('"a\\nb"');
    expect(dotString('a\u001bb\u202e')).toBe('"a\\\\u001bb\\\\u202e"');
  });
});

describe('graph export', () => {
  const e = exposedEstate();
  const graph = new EstateGraph(new InventoryIndex([...e.all, hostile])).export();

  it('writes parapet.graph/v1 JSON with the internet node, facts and edges', () => {
    const doc = JSON.parse(graphJson(graph)) as {
      schema: string;
      nodes: { id: string; exposure?: { text: string } }[];
      edges: { from: string; to: string }[];
    };
    expect(doc.schema).toBe('parapet.graph/v1');
    expect(doc.nodes[0]).toEqual({ id: 'internet', type: 'internet' });
    expect(doc.nodes.find((n) => n.id === e.instance.uid)?.exposure?.text).toMatch(
      /^internet → igw-0a1b2c3d/,
    );
    expect(doc.edges.some((x) => x.from === 'internet')).toBe(true);
  });

  it('keeps only the exposure paths with --exposed-only', () => {
    const doc = JSON.parse(graphJson(graph, { exposedOnly: true })) as { nodes: { id: string }[] };
    const ids = doc.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['internet', e.instance.uid, e.sg.uid, e.subnet.uid, e.igw.uid]),
    );
    expect(ids).not.toContain(hostile.uid);
    expect(ids).not.toContain(e.db.uid);
  });

  it('writes DOT in which a hostile name stays one label', () => {
    const dot = graphDot(graph);
    expect(dot).toContain(
      'label="evil\\"]; \\"x\\" -> \\"y\\" [label=\\"\\\\N\\\\u001b[31m\\\\u202e\\nline2',
    );
    expect(dot).not.toContain('\u001b');
    expect(dot).not.toContain('\u202e');
  });

  it.runIf(dotAvailable())(
    'is valid Graphviz: dot renders it, with exactly the nodes and edges written',
    () => {
      const dot = graphDot(graph);
      const canon = execFileSync('dot', ['-Tcanon'], { input: dot, encoding: 'utf8' });
      expect(canon).toMatch(/^digraph parapet \{/);
      const svg = execFileSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
      const nodes = (svg.match(/class="node"/g) ?? []).length;
      const edges = (svg.match(/class="edge"/g) ?? []).length;
      expect(nodes).toBe(graph.nodes.length + 1);
      expect(edges).toBe(graph.edges.length);
    },
  );
});
