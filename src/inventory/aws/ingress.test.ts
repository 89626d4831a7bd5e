import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnknownFieldError } from '../../model/errors.js';
import type { SgPermission } from './ec2.js';
import { describePorts, opensAllPorts, permissionPorts, worldExposedPorts, worldIngress } from './ingress.js';

const perm = (p: Partial<SgPermission>): SgPermission => ({
  protocol: 'tcp',
  fromPort: 22,
  toPort: 22,
  ipv4Ranges: [],
  ipv6Ranges: [],
  securityGroups: [],
  prefixListIds: [],
  ...p,
});

const port = fc.integer({ min: 0, max: 65535 });
const range = fc.tuple(port, port).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));
const worldCidr = fc.constantFrom('0.0.0.0/0', '::/0');
/** CIDRs that are not the whole internet: private ranges, single hosts, half the address space. */
const narrowCidr = fc.constantFrom(
  '10.0.0.0/8',
  '172.16.0.0/12',
  '203.0.113.7/32',
  '0.0.0.0/1',
  '2001:db8::/32',
);

describe('worldExposedPorts', () => {
  it('exposes a port exactly when a world-open tcp range covers it', () => {
    fc.assert(
      fc.property(range, port, worldCidr, ([from, to], p, cidr) => {
        const v6 = cidr.includes(':');
        const ingress = [
          perm({ fromPort: from, toPort: to, ipv4Ranges: v6 ? [] : [cidr], ipv6Ranges: v6 ? [cidr] : [] }),
        ];
        const exposed = worldExposedPorts(ingress, [p]);
        expect(exposed.length > 0).toBe(p >= from && p <= to);
        if (exposed[0]) expect(exposed[0].source).toBe(cidr);
      }),
    );
  });

  it('never exposes anything through narrower CIDRs, security groups or prefix lists', () => {
    fc.assert(
      fc.property(range, port, narrowCidr, ([from, to], p, cidr) => {
        const ingress = [
          perm({
            fromPort: from,
            toPort: to,
            ipv4Ranges: cidr.includes(':') ? [] : [cidr],
            ipv6Ranges: cidr.includes(':') ? [cidr] : [],
            securityGroups: [{ groupId: 'sg-1', userId: null, vpcId: null }],
            prefixListIds: ['pl-1'],
          }),
        ];
        expect(worldExposedPorts(ingress, [p])).toEqual([]);
      }),
    );
  });

  it('treats protocol all as every port and ignores other protocols', () => {
    const all = perm({ protocol: 'all', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] });
    expect(worldExposedPorts([all], [22, 3389]).map((e) => e.port)).toEqual([22, 3389]);
    const udp = perm({ protocol: 'udp', fromPort: 0, toPort: 65535, ipv4Ranges: ['0.0.0.0/0'] });
    expect(worldExposedPorts([udp], [22])).toEqual([]);
    expect(worldExposedPorts([udp], [3389], ['tcp', 'udp'])).toHaveLength(1);
    const icmp = perm({ protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ['0.0.0.0/0'] });
    expect(worldExposedPorts([icmp], [22])).toEqual([]);
  });

  it('reports each port and source once', () => {
    const p = perm({ fromPort: 0, toPort: 100, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ['::/0'] });
    expect(worldExposedPorts([p, p], [22]).map((e) => `${e.port} ${e.source}`)).toEqual([
      '22 0.0.0.0/0',
      '22 ::/0',
    ]);
  });
});

describe('permission helpers', () => {
  it('reads -1 ports of tcp as all ports and a missing tcp range as unknown', () => {
    expect(permissionPorts(perm({ fromPort: -1, toPort: -1 }))).toEqual({ from: 0, to: 65535 });
    expect(() => permissionPorts(perm({ fromPort: null, toPort: null }))).toThrow(UnknownFieldError);
    expect(permissionPorts(perm({ protocol: 'icmp', fromPort: 8, toPort: 0 }))).toBeUndefined();
  });

  it('says when a rule opens every port', () => {
    expect(opensAllPorts(perm({ protocol: 'all' }))).toBe(true);
    expect(opensAllPorts(perm({ fromPort: 1, toPort: 65535 }))).toBe(true);
    expect(opensAllPorts(perm({ fromPort: 2, toPort: 65535 }))).toBe(false);
    expect(opensAllPorts(perm({ protocol: 'icmp', fromPort: -1, toPort: -1 }))).toBe(false);
  });

  it('describes ranges as people read them', () => {
    expect(describePorts(perm({}))).toBe('22');
    expect(describePorts(perm({ fromPort: 20, toPort: 25 }))).toBe('20-25');
    expect(describePorts(perm({ protocol: 'all' }))).toBe('all');
    expect(describePorts(perm({ protocol: 'icmp' }))).toBe('icmp');
  });

  it('lists one entry per world-open source', () => {
    const p = perm({ ipv4Ranges: ['10.0.0.0/8', '0.0.0.0/0'], ipv6Ranges: ['::/0'] });
    expect(worldIngress([p]).map((w) => w.source)).toEqual(['0.0.0.0/0', '::/0']);
  });
});
