/**
 * Azure internet exposure: a VM is reachable when a public IP is bound to one of its NICs and the
 * network security groups on those NICs let the port in from the internet, judged by priority (the
 * first matching rule decides, world Deny rules earlier in order hide later Allows). Subnet-level
 * NSGs are not in the inventory (NICs are not assets), which is named as a gap. PaaS: storage accounts
 * and SQL servers reachable over public network access; storage allowing anonymous blob access.
 */
import type { AnyAsset } from '../../model/asset.js';
import { publicIpsOfVm } from '../azure/compute.js';
import { nicOfIpConfiguration, type NsgSecurityRule } from '../azure/network.js';
import { worldExposures } from '../azure/nsg-exposure.js';
import { describeRanges, pathText, type Exposure, type OpenRange } from './facts.js';
import type { Edge } from './aws-exposure.js';
import { keyed, list, str, type AssetLookup } from './lookup.js';
import { normalise } from './ranges.js';

function nsgRanges(nsg: AnyAsset): OpenRange[] | undefined {
  const own = list<NsgSecurityRule>(nsg.config.securityRules);
  if (own === undefined) return undefined;
  const defaults = list<NsgSecurityRule>(nsg.config.defaultSecurityRules) ?? [];
  const rules = [...own, ...defaults];
  const out: OpenRange[] = [];
  for (const protocol of ['Tcp', 'Udp'] as const)
    for (const e of worldExposures(rules, protocol))
      for (const r of e.ranges) out.push({ protocol: protocol.toLowerCase(), from: r.from, to: r.to });
  return normalise(out);
}

function vmExposure(inv: AssetLookup, vm: AnyAsset, edges: Edge[]): Exposure | undefined {
  const nics = (list<string>(vm.config.networkInterfaceIds) ?? []).map((n) => n.toLowerCase());
  if (nics.length === 0) return undefined;
  const byNic = keyed(inv, 'public-ip-by-nic', 'azure.network.public-ip', (ip) => {
    const cfg = ip.config.ipConfigurationId;
    const nic = typeof cfg === 'string' ? nicOfIpConfiguration(cfg) : undefined;
    return nic === undefined ? [] : [nic.toLowerCase()];
  });
  const ips = nics.flatMap((n) => byNic.get(n) ?? []);
  const views = ips.map((a) => ({
    uid: a.uid,
    name: a.name,
    config: { ipConfigurationId: a.config.ipConfigurationId, ipAddress: a.config.ipAddress },
    asset: a,
  }));
  const { bound } = publicIpsOfVm(nics, views);
  if (bound.length === 0) return undefined;
  const ip = bound[0]!.asset;
  const nsgByNic = keyed(inv, 'nsg-by-nic', 'azure.network.network-security-group', (g) =>
    (list<string>(g.config.networkInterfaces) ?? []).map((n) => n.toLowerCase()),
  );
  const nsgs = [...new Set(nics.flatMap((n) => nsgByNic.get(n) ?? []))];
  const gaps = [
    'subnet network security groups are not linked to VMs in the inventory (NICs are not assets)',
  ];
  edges.push(
    { from: 'internet', to: ip.uid, kind: 'reaches' },
    { from: ip.uid, to: vm.uid, kind: 'bound-to' },
  );
  const steps = ['internet', ip.name, vm.name];
  if (nsgs.length === 0) {
    const via = 'no network security group on its NIC';
    return {
      kind: 'network',
      gates: [],
      steps,
      via,
      ranges: [{ protocol: 'all', from: 0, to: 65535 }],
      text: pathText(steps, via),
      gaps,
    };
  }
  let opener: AnyAsset | undefined;
  const gates: string[] = [];
  const ranges: OpenRange[] = [];
  for (const g of nsgs) {
    const r = nsgRanges(g);
    if (r === undefined) {
      gaps.push(`the rules of ${g.name} are unknown`);
      continue;
    }
    if (r.length > 0) {
      opener ??= g;
      gates.push(g.uid);
    }
    ranges.push(...r);
    edges.push({ from: g.uid, to: vm.uid, kind: 'allows' });
  }
  if (opener === undefined) return undefined;
  const open = normalise(ranges);
  const via = `${opener.name}:${describeRanges(open)}`;
  return { kind: 'network', steps, via, gates, ranges: open, text: pathText(steps, via), gaps };
}

function paas(asset: AnyAsset, via: string, edges: Edge[], gaps: string[] = []): Exposure {
  edges.push({ from: 'internet', to: asset.uid, kind: 'reaches' });
  const steps = ['internet', asset.name];
  return {
    kind: 'network',
    gates: [],
    steps,
    via,
    ranges: [{ protocol: 'tcp', from: 443, to: 443 }],
    text: pathText(steps, via),
    gaps,
  };
}

export function azureExposure(inv: AssetLookup, asset: AnyAsset, edges: Edge[]): Exposure | undefined {
  const c = asset.config;
  switch (asset.type) {
    case 'azure.compute.virtual-machine':
      return vmExposure(inv, asset, edges);
    case 'azure.storage.account': {
      if (c.allowBlobPublicAccess === true) {
        edges.push({ from: 'internet', to: asset.uid, kind: 'reads' });
        const steps = ['internet', asset.name];
        const via = 'anonymous blob access allowed';
        return {
          kind: 'public-access',
          steps,
          via,
          gates: [],
          ranges: [],
          text: pathText(steps, via),
          gaps: [],
        };
      }
      const pna = str(c.publicNetworkAccess);
      const acls = c.networkAcls as { defaultAction?: string } | null | undefined;
      if (
        pna !== 'Disabled' &&
        pna !== 'SecuredByPerimeter' &&
        (acls === null || acls?.defaultAction === 'Allow')
      )
        return paas(asset, 'public network access, firewall default Allow', edges);
      return undefined;
    }
    case 'azure.sql.server': {
      const pna = c.publicNetworkAccess;
      if (pna === 'Enabled' || pna === null)
        return paas(asset, 'public network access enabled', edges, [
          'server firewall rules are not in the inventory',
        ]);
      return undefined;
    }
    default:
      return undefined;
  }
}
