import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversTcp, entryLabel, publicTcpExposure, tcpPortsOf } from './firewall.js';

describe('GCP firewall exposure', () => {
  it('reads single ports, ranges, and no ports as every port', () => {
    expect(tcpPortsOf({ protocol: 'tcp', ports: ['22'] }, [22, 3389])).toEqual([22]);
    expect(tcpPortsOf({ protocol: 'tcp', ports: ['20-25', '3000-4000'] }, [22, 3389, 8080])).toEqual([
      22, 3389,
    ]);
    expect(tcpPortsOf({ protocol: 'tcp', ports: [] }, [22, 3389])).toEqual([22, 3389]);
    expect(tcpPortsOf({ protocol: 'tcp', ports: ['not-a-port'] }, [22])).toEqual([]);
  });

  it('counts tcp, protocol number 6 and all as TCP, and nothing else', () => {
    expect(['tcp', 'TCP', '6', 'all'].map((protocol) => coversTcp({ protocol, ports: [] }))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['udp', '17', 'icmp', 'sctp', 'esp'].some((protocol) => coversTcp({ protocol, ports: [] }))).toBe(
      false,
    );
  });

  it('needs a world source range', () => {
    const allowed = [{ protocol: 'tcp', ports: ['22'] }];
    expect(publicTcpExposure(['10.0.0.0/8', '35.235.240.0/20'], allowed, [22])).toBeUndefined();
    expect(publicTcpExposure(['10.0.0.0/8', '0.0.0.0/0'], allowed, [22])).toEqual({
      sources: ['0.0.0.0/0'],
      ports: [22],
      entries: allowed,
    });
    expect(publicTcpExposure(['::/0'], allowed, [22])?.sources).toEqual(['::/0']);
  });

  it('labels entries as gcloud writes them', () => {
    expect(entryLabel({ protocol: 'tcp', ports: ['22', '80-90'] })).toBe('tcp:22,80-90');
    expect(entryLabel({ protocol: 'all', ports: [] })).toBe('all');
  });

  it('a range opens exactly the ports between its bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 0, max: 65535 }),
        fc.integer({ min: 0, max: 65535 }),
        (a, b, port) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const open = tcpPortsOf({ protocol: 'tcp', ports: [`${from}-${to}`] }, [port]);
          expect(open).toEqual(port >= from && port <= to ? [port] : []);
        },
      ),
    );
  });
});
