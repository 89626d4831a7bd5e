import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { main } from './main.js';

describe('parapet graph', () => {
  it('exports the demo estate graph as JSON with an exposure path for an exposed instance', async () => {
    const io = memoryIo({ PARAPET_NOW: '2026-11-28T12:00:00Z' });
    expect(await main(['graph', '--demo', '--exposed-only'], io), io.err()).toBe(0);
    const doc = JSON.parse(io.out()) as {
      schema: string;
      nodes: { id: string; type: string; exposure?: { text: string; gaps: string[] } }[];
    };
    expect(doc.schema).toBe('parapet.graph/v1');
    const instances = doc.nodes.filter((n) => n.type === 'aws.ec2.instance' && n.exposure);
    expect(instances.length).toBeGreaterThan(0);
    for (const i of instances) {
      expect(i.exposure!.text).toMatch(
        /^internet → igw-[0-9a-f]+ → rtb-[0-9a-f]+ → acl-[0-9a-f]+ → subnet-[0-9a-f]+ → i-[0-9a-f]+ via sg-[0-9a-f]+:/,
      );
      expect(i.exposure!.gaps).toEqual([]);
    }
  });

  it('writes DOT, and refuses an unknown format with exit code 2', async () => {
    const io = memoryIo();
    expect(await main(['graph', '--demo', '--format', 'dot'], io)).toBe(0);
    expect(io.out()).toMatch(/^digraph parapet \{/);
    const bad = memoryIo();
    expect(await main(['graph', '--demo', '--format', 'png'], bad)).toBe(2);
    const none = memoryIo();
    expect(await main(['graph'], none)).toBe(2);
    expect(none.err()).toContain('--demo or --import');
  });
});
