/**
 * GCP internet exposure: a VM with an external IP is reachable on the ports its network's ingress
 * firewall rules open to 0.0.0.0/0 (or ::/0), judged by priority (lower first; deny wins a tie) and by
 * target: rules without targets apply to every VM, rules naming service accounts apply to VMs running
 * as them. Network tags are not in the inventory, so tag-targeted rules count as a gap. Buckets with
 * `allUsers`/`allAuthenticatedUsers` bindings, Cloud SQL with 0.0.0.0/0 authorized networks and GKE
 * clusters with an unrestricted public endpoint are exposed too.
 */
import type { AnyAsset } from '../../model/asset.js';
import { isWorld, parsePortRange } from '../net.js';
import type { FirewallEntry, NetworkInterface } from '../gcp/compute.js';
import { isPublicMember, type IamBinding } from '../gcp/iam-policy.js';
import { describeRanges, pathText, type Exposure, type OpenRange } from './facts.js';
import type { Edge } from './aws-exposure.js';
import { keyed, list, str, type AssetLookup } from './lookup.js';
import { intersect, normalise, subtract, ALL_PORTS } from './ranges.js';

function entryRanges(entries: readonly FirewallEntry[]): OpenRange[] {
  const out: OpenRange[] = [];
  for (const e of entries) {
    const p = e.protocol.trim().toLowerCase();
    const protocol = p === '6' ? 'tcp' : p === '17' ? 'udp' : p;
    if (e.ports.length === 0) out.push({ protocol, from: 0, to: 65535 });
    for (const spec of e.ports) {
      const r = parsePortRange(spec);
      if (r) out.push({ protocol, from: r.from, to: r.to });
    }
  }
  return out;
}

function instanceExposure(inv: AssetLookup, vm: AnyAsset, edges: Edge[]): Exposure | undefined {
  const nics = list<NetworkInterface>(vm.config.networkInterfaces) ?? [];
  const nic = nics.find((n) => n.accessConfigs.length > 0 || n.ipv6AccessConfigs.length > 0);
  if (nic === undefined || nic.network === null) return undefined;
  const status = str(vm.config.status);
  if (status !== undefined && status !== 'RUNNING') return undefined;
  const accounts = (list<{ email: string }>(vm.config.serviceAccounts) ?? []).map((s) => s.email);
  const gaps: string[] = [];
  const rules = (
    keyed(inv, 'firewall-by-network', 'gcp.compute.firewall', (f) =>
      typeof f.config.network === 'string' ? [f.config.network] : [],
    ).get(nic.network) ?? []
  )
    .filter(
      (f) =>
        f.config.network === nic.network && f.config.direction === 'INGRESS' && f.config.disabled !== true,
    )
    .filter((f) => (list<string>(f.config.sourceRanges) ?? []).some(isWorld))
    .filter((f) => {
      const tags = list<string>(f.config.targetTags) ?? [];
      const sas = list<string>(f.config.targetServiceAccounts) ?? [];
      if (tags.length > 0) {
        gaps.push(`firewall ${f.name} targets network tags, which the inventory does not hold for VMs`);
        return false;
      }
      return sas.length === 0 || sas.some((s) => accounts.includes(s));
    })
    .sort((a, b) => {
      const pa = typeof a.config.priority === 'number' ? a.config.priority : 1000;
      const pb = typeof b.config.priority === 'number' ? b.config.priority : 1000;
      // At equal priority a deny rule wins over an allow rule.
      return pa - pb || (list(b.config.denied)?.length ?? 0) - (list(a.config.denied)?.length ?? 0);
    });
  let pending: OpenRange[] = [...ALL_PORTS];
  const allowed: OpenRange[] = [];
  let opener: AnyAsset | undefined;
  const gates: string[] = [];
  for (const f of rules) {
    const deny = entryRanges(list<FirewallEntry>(f.config.denied) ?? []);
    const allow = entryRanges(list<FirewallEntry>(f.config.allowed) ?? []);
    const hit = intersect(pending, allow);
    if (hit.length > 0) {
      allowed.push(...hit);
      opener ??= f;
      gates.push(f.uid);
      edges.push({ from: f.uid, to: vm.uid, kind: 'allows' });
    }
    pending = subtract(subtract(pending, allow), deny);
  }
  if (opener === undefined) return undefined;
  const ranges = normalise(allowed);
  edges.push(
    { from: 'internet', to: nic.network, kind: 'reaches' },
    { from: nic.network, to: vm.uid, kind: 'contains' },
  );
  const network = inv.get(nic.network);
  const steps = ['internet', network?.name ?? nic.network.split('/').pop()!, vm.name];
  const via = `${opener.name}:${describeRanges(ranges)}`;
  return { kind: 'network', steps, via, gates, ranges, text: pathText(steps, via), gaps };
}

function publicBinding(asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const bindings = list<IamBinding>(asset.config.iamBindings) ?? [];
  const b = bindings.find((x) => x.members.some(isPublicMember));
  if (b === undefined) return undefined;
  edges.push({ from: 'internet', to: asset.uid, kind: 'reads' });
  const steps = ['internet', asset.name];
  const via = `${b.members.find(isPublicMember)} has ${b.role}`;
  return { kind: 'public-access', steps, via, gates: [], ranges: [], text: pathText(steps, via), gaps: [] };
}

export function gcpExposure(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const c = asset.config;
  switch (asset.type) {
    case 'gcp.compute.instance':
      return instanceExposure(inv, asset, edges);
    case 'gcp.storage.bucket':
      return publicBinding(asset, edges);
    case 'gcp.sql.instance': {
      const nets = list<{ value: string }>(c.authorizedNetworks) ?? [];
      if (c.ipv4Enabled !== true || !nets.some((n) => isWorld(n.value))) return undefined;
      edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
      const steps = ['internet', asset.name];
      const via = 'authorized network 0.0.0.0/0';
      return {
        kind: 'network',
        gates: [],
        steps,
        via,
        ranges: [{ protocol: 'tcp', from: 0, to: 65535 }],
        text: pathText(steps, via),
        gaps: [],
      };
    }
    case 'gcp.container.cluster': {
      const pcc = c.privateClusterConfig as { enablePrivateEndpoint?: boolean } | null | undefined;
      const man = c.masterAuthorizedNetworks as
        { enabled?: boolean; cidrBlocks?: { cidrBlock: string }[] } | undefined;
      if (
        typeof pcc !== 'object' ||
        typeof man !== 'object' ||
        '$unknown' in (pcc ?? {}) ||
        '$unknown' in man
      )
        return undefined;
      if (pcc?.enablePrivateEndpoint === true) return undefined;
      if (man.enabled === true && !(man.cidrBlocks ?? []).some((b) => isWorld(b.cidrBlock))) return undefined;
      edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
      const steps = ['internet', asset.name];
      const via = 'public control-plane endpoint:443';
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
    default:
      return undefined;
  }
}
