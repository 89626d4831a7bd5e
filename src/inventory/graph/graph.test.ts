import { describe, expect, it } from 'vitest';
import { InventoryIndex } from '../../engine/inventory-index.js';
import { exposedEstate, UIDS } from '../../rules/aws/testing/network-fixtures.js';
import { EstateGraph } from './graph.js';

const graphOf = (assets: ReturnType<typeof exposedEstate>['all']) =>
  new EstateGraph(new InventoryIndex(assets));

describe('AWS exposure path', () => {
  it('follows internet → igw → route table → ACL → subnet → instance via the security group', () => {
    const e = exposedEstate();
    const facts = graphOf(e.all).facts(e.instance);
    expect(facts.exposure?.text).toBe(
      'internet → igw-0a1b2c3d → rtb-0a1b2c3d → acl-0a1b2c3d → subnet-0123456789abcdef0 → i-0123456789abcdef0 via sg-0123456789abcdef0:22',
    );
    expect(facts.exposure?.gaps).toEqual([]);
    expect(facts.exposure?.gates).toEqual([UIDS.sg]);
  });

  it('is not exposed without a route to the internet gateway', () => {
    const e = exposedEstate({ routeToIgw: false });
    expect(graphOf(e.all).facts(e.instance).exposure).toBeUndefined();
  });

  it('is not exposed without a public address', () => {
    const e = exposedEstate({ instance: { publicIp: null } });
    expect(graphOf(e.all).facts(e.instance).exposure).toBeUndefined();
  });

  it('is not exposed when the network ACL denies the port before any allow', () => {
    const e = exposedEstate({
      acl: {
        entries: [
          {
            ruleNumber: 50,
            protocol: 'tcp',
            action: 'deny',
            egress: false,
            cidr: '0.0.0.0/0',
            fromPort: 22,
            toPort: 22,
          },
          {
            ruleNumber: 100,
            protocol: 'all',
            action: 'allow',
            egress: false,
            cidr: '0.0.0.0/0',
            fromPort: null,
            toPort: null,
          },
        ],
      },
    });
    expect(graphOf(e.all).facts(e.instance).exposure).toBeUndefined();
  });

  it('keeps only the ports the ACL lets through', () => {
    const e = exposedEstate({
      sgIngress: [
        {
          protocol: 'tcp',
          fromPort: 0,
          toPort: 65535,
          ipv4Ranges: ['0.0.0.0/0'],
          ipv6Ranges: [],
          securityGroups: [],
          prefixListIds: [],
        },
      ],
      acl: {
        entries: [
          {
            ruleNumber: 100,
            protocol: 'tcp',
            action: 'allow',
            egress: false,
            cidr: '0.0.0.0/0',
            fromPort: 443,
            toPort: 443,
          },
        ],
      },
    });
    expect(graphOf(e.all).facts(e.instance).exposure?.ranges).toEqual([
      { protocol: 'tcp', from: 443, to: 443 },
    ]);
  });

  it('names the gap when route tables and ACLs are not in the inventory (likely, not proven)', () => {
    const e = exposedEstate({ acl: null });
    const facts = graphOf(e.all.filter((a) => a.type !== 'aws.ec2.route-table')).facts(e.instance);
    expect(facts.exposure?.gaps).toEqual([
      'no route tables in the inventory, so the route to the internet is unknown',
      'no network ACL for the subnet in the inventory',
    ]);
  });

  it('finds the admin role an instance runs as', () => {
    const e = exposedEstate({ roleAdmin: true });
    const p = graphOf(e.all).facts(e.instance).privilege;
    expect(p).toMatchObject({
      admin: true,
      runsAs: UIDS.role,
      reason: 'runs as role app with inline policy everything',
    });
    expect(graphOf(exposedEstate().all).facts(e.instance).privilege?.admin).toBe(false);
  });

  it('exposes a publicly accessible database through its security group', () => {
    const e = exposedEstate({
      db: { publiclyAccessible: true, port: 5432 },
      sgIngress: [
        {
          protocol: 'tcp',
          fromPort: 5432,
          toPort: 5432,
          ipv4Ranges: ['0.0.0.0/0'],
          ipv6Ranges: [],
          securityGroups: [],
          prefixListIds: [],
        },
      ],
    });
    expect(graphOf(e.all).facts(e.db).exposure?.text).toBe('internet → orders via sg-0123456789abcdef0:5432');
  });

  it('exports nodes and de-duplicated edges, the internet included', () => {
    const e = exposedEstate();
    const g = graphOf(e.all);
    const { nodes, edges } = g.export();
    expect(nodes).toHaveLength(e.all.length);
    expect(edges).toContainEqual({ from: 'internet', to: UIDS.igw, kind: 'routes' });
    expect(new Set(edges.map((x) => `${x.from}|${x.to}|${x.kind}`)).size).toBe(edges.length);
  });
});
