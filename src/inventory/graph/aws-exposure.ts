/**
 * AWS internet exposure. An instance is reachable when it has a public address (public IP or Elastic
 * IP), its subnet routes 0.0.0.0/0 (or ::/0) to an internet gateway attached to its VPC, and both a
 * security group and the subnet's network ACL let the port in from the whole internet. Load
 * balancers, databases and data warehouses (public flag, then their security groups), EKS and
 * OpenSearch public endpoints, public buckets, Lambda function policies and public DB snapshots have
 * simpler paths. Pieces the sources did not describe (no route tables or ACLs in the inventory, an
 * OpenSearch access policy) are named as gaps.
 */
import type { AnyAsset } from '../../model/asset.js';
import { isWorld } from '../net.js';
import type { SgPermission } from '../aws/ec2.js';
import { publicStatements } from '../aws/policy.js';
import type { NaclEntry, Route } from '../aws/vpc-routing.js';
import { describeRanges, pathText, shortId, type Exposure, type OpenRange } from './facts.js';
import { keyed, list, str, targets, type AssetLookup } from './lookup.js';
import { intersect, normalise, subtract } from './ranges.js';

export interface Edge {
  from: string;
  to: string;
  kind: string;
}

const idOf = (a: AnyAsset, field: string) => str(a.config[field]) ?? shortId(a.uid);

/** What security groups let in from the internet, with the group that opens each range. */
function sgWorldRanges(groups: readonly AnyAsset[]): { group: AnyAsset; ranges: OpenRange[] }[] {
  const out: { group: AnyAsset; ranges: OpenRange[] }[] = [];
  for (const g of groups) {
    const ingress = list<SgPermission>(g.config.ingress);
    if (!ingress) continue;
    const ranges: OpenRange[] = [];
    for (const p of ingress) {
      if (![...p.ipv4Ranges, ...p.ipv6Ranges].some(isWorld)) continue;
      if (p.protocol === 'all') ranges.push({ protocol: 'all', from: 0, to: 65535 });
      else if ((p.protocol === 'tcp' || p.protocol === 'udp') && p.fromPort !== null && p.toPort !== null) {
        const all = p.fromPort < 0 || p.toPort < 0;
        ranges.push({ protocol: p.protocol, from: all ? 0 : p.fromPort, to: all ? 65535 : p.toPort });
      }
    }
    if (ranges.length > 0) out.push({ group: g, ranges: normalise(ranges) });
  }
  return out;
}

/** What a network ACL's inbound entries let in from the internet, in rule-number order. */
export function naclAllows(entries: readonly NaclEntry[], wanted: readonly OpenRange[]): OpenRange[] {
  let pending = normalise(wanted);
  const allowed: OpenRange[] = [];
  const inbound = entries
    .filter((e) => !e.egress && isWorld(e.cidr))
    .sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const e of inbound) {
    const range: OpenRange =
      e.protocol === 'tcp' || e.protocol === 'udp'
        ? { protocol: e.protocol, from: e.fromPort ?? 0, to: e.toPort ?? 65535 }
        : { protocol: e.protocol === 'all' ? 'all' : e.protocol, from: 0, to: 65535 };
    const hit = intersect(pending, [range]);
    if (hit.length === 0) continue;
    if (e.action === 'allow') allowed.push(...hit);
    pending = subtract(pending, [range]);
  }
  return normalise(allowed);
}

/** The route table that applies to a subnet: its explicit association, else the VPC's main table. */
function routeTableOf(inv: AssetLookup, subnet: AnyAsset, vpcUid: string | undefined): AnyAsset | undefined {
  const explicit = keyed(inv, 'rtb-by-subnet', 'aws.ec2.route-table', (t) => targets(t, 'applies-to')).get(
    subnet.uid,
  )?.[0];
  if (explicit) return explicit;
  if (vpcUid === undefined) return undefined;
  return keyed(inv, 'main-rtb-by-vpc', 'aws.ec2.route-table', (t) =>
    t.config.main === true ? targets(t, 'in-vpc') : [],
  ).get(vpcUid)?.[0];
}

function naclOf(inv: AssetLookup, subnet: AnyAsset, vpcUid: string | undefined): AnyAsset | undefined {
  const explicit = keyed(inv, 'acl-by-subnet', 'aws.ec2.network-acl', (t) => targets(t, 'applies-to')).get(
    subnet.uid,
  )?.[0];
  if (explicit) return explicit;
  if (vpcUid === undefined) return undefined;
  return keyed(inv, 'default-acl-by-vpc', 'aws.ec2.network-acl', (t) =>
    t.config.isDefault === true ? targets(t, 'in-vpc') : [],
  ).get(vpcUid)?.[0];
}

const related = (inv: AssetLookup, a: AnyAsset, kind: string) =>
  a.relations
    .filter((r) => r.kind === kind)
    .map((r) => inv.get(r.target))
    .filter((x): x is AnyAsset => x !== undefined);

/** The internet route of a subnet: the table and gateway, or the gap that stops us knowing. */
function internetRoute(
  inv: AssetLookup,
  asset: AnyAsset,
  edges: Edge[],
): { steps: string[]; gaps: string[]; routed: boolean } {
  const subnetRel = asset.relations.find((r) => r.kind === 'in-subnet');
  const vpcUid = asset.relations.find((r) => r.kind === 'in-vpc')?.target;
  const subnet = subnetRel === undefined ? undefined : inv.get(subnetRel.target);
  if (subnet === undefined) {
    const id = subnetRel === undefined ? 'its subnet' : shortId(subnetRel.target);
    return {
      steps: [],
      gaps: [`${id} is not in the inventory, so its route to the internet is unknown`],
      routed: true,
    };
  }
  const table = routeTableOf(inv, subnet, vpcUid);
  if (table === undefined) {
    const any =
      inv.ofType('aws.ec2.route-table', { account: subnet.account, region: subnet.region }).length > 0;
    if (any) return { steps: [], gaps: [], routed: false };
    return {
      steps: [shortId(subnet.uid, subnet.name)],
      gaps: ['no route tables in the inventory, so the route to the internet is unknown'],
      routed: true,
    };
  }
  const routes = list<Route>(table.config.routes) ?? [];
  const route = routes.find(
    (r) =>
      r.destination !== null &&
      isWorld(r.destination) &&
      r.gatewayId?.startsWith('igw-') === true &&
      r.state !== 'blackhole',
  );
  if (route === undefined) return { steps: [], gaps: [], routed: false };
  const igw = keyed(inv, 'igw-by-id', 'aws.ec2.internet-gateway', (g) => [
    `${g.account}/${g.region}/${String(g.config.internetGatewayId)}`,
  ]).get(`${table.account}/${table.region}/${route.gatewayId}`)?.[0];
  const gaps: string[] = [];
  if (
    igw &&
    vpcUid !== undefined &&
    !igw.relations.some((r) => r.kind === 'attached-to' && r.target === vpcUid)
  )
    return { steps: [], gaps: [], routed: false };
  if (igw === undefined) gaps.push(`${route.gatewayId} is not in the inventory`);
  else
    edges.push(
      { from: 'internet', to: igw.uid, kind: 'routes' },
      { from: igw.uid, to: table.uid, kind: 'routes' },
    );
  edges.push(
    { from: table.uid, to: subnet.uid, kind: 'routes' },
    { from: subnet.uid, to: asset.uid, kind: 'contains' },
  );
  return {
    steps: [route.gatewayId!, idOf(table, 'routeTableId'), idOf(subnet, 'subnetId')],
    gaps,
    routed: true,
  };
}

/** Exposure of an EC2 instance through its public address, route, security groups and network ACL. */
function instanceExposure(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const eip = keyed(inv, 'eip-by-instance', 'aws.ec2.eip', (e) => targets(e, 'attached-to')).get(
    asset.uid,
  )?.[0];
  const publicIp = str(asset.config.publicIp) ?? (eip ? str(eip.config.publicIp) : undefined);
  if (publicIp === undefined) return undefined;
  const state = str(asset.config.state);
  if (state !== undefined && state !== 'running' && state !== 'pending') return undefined;
  const route = internetRoute(inv, asset, edges);
  if (!route.routed) return undefined;
  const groups = related(inv, asset, 'uses-security-group');
  const open = sgWorldRanges(groups);
  if (open.length === 0) return undefined;
  let ranges = normalise(open.flatMap((o) => o.ranges));
  const gaps = [...route.gaps];
  const steps = ['internet', ...route.steps];
  const subnetUid = asset.relations.find((r) => r.kind === 'in-subnet')?.target;
  const subnet = subnetUid === undefined ? undefined : inv.get(subnetUid);
  const vpcUid = asset.relations.find((r) => r.kind === 'in-vpc')?.target;
  const acl = subnet === undefined ? undefined : naclOf(inv, subnet, vpcUid);
  if (acl !== undefined) {
    const entries = list<NaclEntry>(acl.config.entries);
    if (entries) ranges = naclAllows(entries, ranges);
    else gaps.push(`the entries of ${shortId(acl.uid)} are unknown`);
    if (ranges.length === 0) return undefined;
    steps.splice(steps.length - 1, 0, idOf(acl, 'networkAclId'));
    edges.push({ from: acl.uid, to: subnet!.uid, kind: 'filters' });
  } else if (subnet !== undefined) {
    gaps.push('no network ACL for the subnet in the inventory');
  }
  steps.push(idOf(asset, 'instanceId'));
  const opener = open.find((o) => intersect(o.ranges, ranges).length > 0) ?? open[0]!;
  for (const o of open) edges.push({ from: o.group.uid, to: asset.uid, kind: 'allows' });
  const via = `${idOf(opener.group, 'groupId')}:${describeRanges(ranges)}`;
  return {
    kind: 'network',
    steps,
    via,
    gates: open.map((o) => o.group.uid),
    ranges,
    text: pathText(steps, via),
    gaps,
  };
}

function sgGated(
  inv: AssetLookup,
  asset: AnyAsset,
  edges: Edge[],
  idField: string,
  note: string[],
): Exposure | undefined {
  const groups = related(inv, asset, 'uses-security-group');
  const open = sgWorldRanges(groups);
  if (open.length === 0) return undefined;
  const ranges = normalise(open.flatMap((o) => o.ranges));
  for (const o of open) edges.push({ from: o.group.uid, to: asset.uid, kind: 'allows' });
  edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
  const steps = ['internet', idOf(asset, idField)];
  const via = `${idOf(open[0]!.group, 'groupId')}:${describeRanges(ranges)}`;
  return {
    kind: 'network',
    steps,
    via,
    gates: open.map((o) => o.group.uid),
    ranges,
    text: pathText(steps, via),
    gaps: note,
  };
}

const PUBLIC_ACL_GROUPS = new Set([
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
]);

function publicAccess(asset: AnyAsset, idField: string, via: string, edges: Edge[]): Exposure {
  edges.push({ from: 'internet', to: asset.uid, kind: 'reads' });
  const steps = ['internet', idOf(asset, idField)];
  return { kind: 'public-access', steps, via, gates: [], ranges: [], text: pathText(steps, via), gaps: [] };
}

/**
 * A DB cluster (Aurora, Multi-AZ, DocumentDB, Neptune) is publicly accessible through its member
 * instances: the flag is theirs, the security groups the cluster's. Members not in the inventory tell
 * nothing, so the cluster is then not called exposed (as an instance without the flag is not).
 */
function dbClusterExposure(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const members = list<string>(asset.config.members);
  if (!members || members.length === 0) return undefined;
  const byId = keyed(inv, 'rds-instance-by-id', 'aws.rds.db-instance', (d) => {
    const id = str(d.config.dbInstanceIdentifier);
    return id === undefined ? [] : [`${d.account}/${d.region}/${id}`];
  });
  const isPublic = members.some((m) =>
    byId.get(`${asset.account}/${asset.region}/${m}`)?.some((d) => d.config.publiclyAccessible === true),
  );
  return isPublic ? sgGated(inv, asset, edges, 'dbClusterIdentifier', []) : undefined;
}

/**
 * An OpenSearch domain outside a VPC has a public endpoint (HTTPS, and HTTP unless HTTPS is enforced).
 * Its access policy, which may narrow who gets in by source IP, is not in the inventory: a gap.
 */
function openSearchExposure(asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const subnets = list<string>(asset.config.vpcSubnetIds);
  if (subnets === undefined || subnets.length > 0) return undefined;
  edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
  const ranges = normalise([
    { protocol: 'tcp', from: 443, to: 443 },
    ...(asset.config.enforceHttps === false ? [{ protocol: 'tcp', from: 80, to: 80 }] : []),
  ]);
  const steps = ['internet', idOf(asset, 'domainName')];
  const via = `public endpoint:${describeRanges(ranges)}`;
  return {
    kind: 'network',
    gates: [],
    steps,
    via,
    ranges,
    text: pathText(steps, via),
    gaps: ["the domain's access policy is not in the inventory, so whether it admits anyone is unknown"],
  };
}

/** The exposure of an AWS asset, or undefined when nothing in the inventory makes it reachable. */
export function awsExposure(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const c = asset.config;
  switch (asset.type) {
    case 'aws.ec2.instance':
      return instanceExposure(inv, asset, edges);
    case 'aws.rds.db-instance':
      if (c.publiclyAccessible !== true) return undefined;
      return sgGated(inv, asset, edges, 'dbInstanceIdentifier', []);
    case 'aws.rds.db-cluster':
      return dbClusterExposure(inv, asset, edges);
    case 'aws.redshift.cluster':
      if (c.publiclyAccessible !== true) return undefined;
      return sgGated(inv, asset, edges, 'clusterIdentifier', []);
    case 'aws.opensearch.domain':
      return openSearchExposure(asset, edges);
    case 'aws.elb.load-balancer':
      if (c.scheme !== 'internet-facing') return undefined;
      return sgGated(inv, asset, edges, 'loadBalancerName', []);
    case 'aws.elbv2.load-balancer':
      if (c.scheme !== 'internet-facing') return undefined;
      if (c.lbType === 'network' && list(c.securityGroupIds)?.length === 0) {
        edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
        const steps = ['internet', asset.name];
        return {
          kind: 'network',
          gates: [],
          steps,
          via: 'listeners',
          ranges: [{ protocol: 'all', from: 0, to: 65535 }],
          text: pathText(steps, 'listeners (no security group)'),
          gaps: [],
        };
      }
      return sgGated(inv, asset, edges, 'name', []);
    case 'aws.eks.cluster': {
      const cidrs = list<string>(c.publicAccessCidrs) ?? [];
      if (c.endpointPublicAccess !== true || !cidrs.some(isWorld)) return undefined;
      edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
      const steps = ['internet', asset.name];
      const via = 'public API endpoint:443';
      return {
        kind: 'network',
        gates: [],
        steps,
        via,
        ranges: [{ protocol: 'tcp', from: 443, to: 443 }],
        text: pathText(steps, via),
        gaps: [],
      };
    }
    case 'aws.s3.bucket': {
      const pab = c.publicAccessBlock as
        { ignorePublicAcls?: boolean; restrictPublicBuckets?: boolean } | null | undefined;
      const grants = (list<{ granteeType: string; grantee: string }>(c.acl) ?? []).filter(
        (g) => g.granteeType === 'Group' && PUBLIC_ACL_GROUPS.has(g.grantee),
      );
      if (grants.length > 0 && pab?.ignorePublicAcls !== true)
        return publicAccess(asset, 'name', `public ACL (${grants[0]!.grantee.split('/').pop()})`, edges);
      const policy = c.policy;
      if (
        policy &&
        typeof policy === 'object' &&
        'Statement' in policy &&
        pab?.restrictPublicBuckets !== true
      ) {
        const stmts = publicStatements(policy as Parameters<typeof publicStatements>[0]);
        if (stmts.length > 0) return publicAccess(asset, 'name', 'bucket policy with Principal "*"', edges);
      }
      return undefined;
    }
    case 'aws.lambda.function': {
      const policy = c.policy;
      if (!policy || typeof policy !== 'object' || !('Statement' in policy)) return undefined;
      const stmts = publicStatements(policy as Parameters<typeof publicStatements>[0]);
      if (stmts.length === 0) return undefined;
      return publicAccess(asset, 'functionName', 'function policy with Principal "*"', edges);
    }
    case 'aws.rds.db-snapshot':
      if ((list<string>(c.restoreAttributeValues) ?? []).includes('all'))
        return publicAccess(asset, 'snapshotIdentifier', 'restore attribute "all"', edges);
      return undefined;
    default:
      return undefined;
  }
}
