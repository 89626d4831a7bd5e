import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NsgSecurityRule } from './network.js';
import { exposedPorts, formatRanges, subtractRanges, worldExposures } from './nsg-exposure.js';

const rule = (o: Partial<NsgSecurityRule> & { name: string; priority: number }): NsgSecurityRule => ({
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  sourceAddressPrefixes: ['*'],
  sourcePortRanges: ['*'],
  destinationAddressPrefixes: ['*'],
  destinationPortRanges: ['*'],
  sourceApplicationSecurityGroups: [],
  isDefault: false,
  ...o,
});

describe('subtractRanges', () => {
  it('cuts holes and trims ends', () => {
    expect(
      subtractRanges(
        [{ from: 0, to: 100 }],
        [
          { from: 10, to: 20 },
          { from: 90, to: 200 },
        ],
      ),
    ).toEqual([
      { from: 0, to: 9 },
      { from: 21, to: 89 },
    ]);
    expect(subtractRanges([{ from: 22, to: 22 }], [{ from: 0, to: 65535 }])).toEqual([]);
  });
});

describe('worldExposures', () => {
  it('lets an earlier world Deny hide the ports it covers, and only those', () => {
    const rules = [
      rule({
        name: 'deny-ssh',
        priority: 100,
        access: 'Deny',
        sourceAddressPrefixes: ['Internet'],
        destinationPortRanges: ['22'],
      }),
      rule({
        name: 'allow-range',
        priority: 200,
        sourceAddressPrefixes: ['0.0.0.0/0'],
        destinationPortRanges: ['20-25'],
      }),
    ];
    const [e] = worldExposures(rules, 'Tcp');
    expect(e?.rule.name).toBe('allow-range');
    expect(formatRanges(e?.ranges ?? [])).toBe('20-21, 23-25');
    expect(exposedPorts(rules, [22, 23], 'Tcp').map((p) => p.port)).toEqual([23]);
  });

  it('ignores Deny rules that come later, cover another protocol, a narrower source or fewer destinations', () => {
    const allow = rule({ name: 'allow', priority: 300, destinationPortRanges: ['22'] });
    const denies = [
      rule({ name: 'later', priority: 400, access: 'Deny', destinationPortRanges: ['22'] }),
      rule({ name: 'udp', priority: 100, access: 'Deny', protocol: 'Udp', destinationPortRanges: ['22'] }),
      rule({
        name: 'narrow-src',
        priority: 110,
        access: 'Deny',
        sourceAddressPrefixes: ['198.51.100.0/24'],
        destinationPortRanges: ['22'],
      }),
      rule({
        name: 'one-host',
        priority: 120,
        access: 'Deny',
        destinationAddressPrefixes: ['10.0.0.4'],
        destinationPortRanges: ['22'],
      }),
    ];
    expect(exposedPorts([allow, ...denies], [22], 'Tcp').map((p) => p.rule.name)).toEqual(['allow']);
  });

  it('treats protocol * as TCP and UDP, and skips outbound and non-world rules', () => {
    const rules = [
      rule({ name: 'any', priority: 100, protocol: '*', destinationPortRanges: ['53'] }),
      rule({ name: 'out', priority: 110, direction: 'Outbound', destinationPortRanges: ['22'] }),
      rule({
        name: 'vnet',
        priority: 120,
        sourceAddressPrefixes: ['VirtualNetwork'],
        destinationPortRanges: ['22'],
      }),
    ];
    expect(exposedPorts(rules, [53], 'Udp').map((p) => p.rule.name)).toEqual(['any']);
    expect(exposedPorts(rules, [53], 'Tcp').map((p) => p.rule.name)).toEqual(['any']);
    expect(exposedPorts(rules, [22], 'Tcp')).toEqual([]);
  });

  // Brute force: for a packet from an internet address to each destination, the first matching rule
  // (by priority) decides. With one destination per rule, worldExposures must agree exactly.
  it('agrees with first-match evaluation of every packet (property)', () => {
    const SOURCES = ['*', 'Internet', '0.0.0.0/0', '10.0.0.0/8'];
    const DESTS = ['*', '10.0.1.4', '10.0.2.9'];
    const PORTS = ['*', '1', '2', '3', '1-2', '2-4', '4'];
    const arbRule = fc.record({
      access: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'),
      protocol: fc.constantFrom('Tcp', 'Udp', '*'),
      source: fc.constantFrom(...SOURCES),
      dest: fc.constantFrom(...DESTS),
      ports: fc.constantFrom(...PORTS),
    });
    fc.assert(
      fc.property(fc.array(arbRule, { maxLength: 6 }), (raw) => {
        const rules = raw.map((r, i) =>
          rule({
            name: `r${i}`,
            priority: 100 + i * 10,
            access: r.access,
            protocol: r.protocol,
            sourceAddressPrefixes: [r.source],
            destinationAddressPrefixes: [r.dest],
            destinationPortRanges: [r.ports],
          }),
        );
        for (const port of [1, 2, 3, 4, 5]) {
          const brute = ['10.0.1.4', '10.0.2.9', '10.0.3.3'].some((dest) => {
            const first = rules.find(
              (r) =>
                (r.protocol === '*' || r.protocol === 'Tcp') &&
                r.sourceAddressPrefixes[0] !== '10.0.0.0/8' &&
                (r.destinationAddressPrefixes[0] === '*' || r.destinationAddressPrefixes[0] === dest) &&
                r.destinationPortRanges.some((p) => {
                  if (p === '*') return true;
                  const [a, b] = p.split('-').map(Number);
                  return port >= (a ?? 0) && port <= (b ?? a ?? 0);
                }),
            );
            return first?.access === 'Allow';
          });
          expect(exposedPorts(rules, [port], 'Tcp').length > 0, `port ${port}`).toBe(brute);
        }
      }),
    );
  });
});
