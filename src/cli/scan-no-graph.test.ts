import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.js';
import { main } from './main.js';

interface Doc {
  summary: { assets: number };
  findings: { ruleId: string; kind?: string }[];
}

async function scan(...extra: string[]): Promise<Doc> {
  const io = memoryIo({ PARAPET_NOW: '2026-11-28T12:00:00Z' });
  expect(
    await main(['scan', '--demo', '--no-store', '--format', 'json', '--no-progress', ...extra], io),
    io.err(),
  ).toBe(0);
  return JSON.parse(io.out()) as Doc;
}

describe('parapet scan --no-graph', () => {
  it('judges the same assets and control rules, without combination findings', async () => {
    const [withGraph, without] = [await scan(), await scan('--no-graph')];
    expect(without.summary.assets).toBe(withGraph.summary.assets);
    expect(withGraph.findings.some((f) => f.kind === 'combination')).toBe(true);
    expect(without.findings.some((f) => f.kind === 'combination')).toBe(false);
    const controls = (d: Doc) =>
      d.findings
        .filter((f) => f.kind !== 'combination')
        .map((f) => f.ruleId)
        .sort();
    expect(controls(without)).toEqual(controls(withGraph));
  });
});
