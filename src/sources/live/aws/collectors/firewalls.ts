/**
 * The firewalls in front of workloads — WAFv2, WAF Classic and Network Firewall — gathered so
 * `collect.ts` calls them in one line each. The regional half also says which web ACL protects each
 * Application Load Balancer, which the ELBv2 collector waits for.
 */
import { unknown } from '../../../../model/unknown.js';
import type { RegionScope } from '../scope.js';
import { collectNetworkFirewall } from './network-firewall.js';
import { collectWafClassicGlobal, collectWafClassicRegional } from './waf-classic.js';
import { collectWafv2, type WebAclIndex } from './wafv2.js';

export interface RegionalFirewalls {
  /** The asset types listed completely in the region. */
  covers: Promise<string[]>;
  /** The web ACL of each Application Load Balancer of the region (WAFv2 or WAF Classic regional). */
  albWebAcls: Promise<AlbWebAcls>;
}

/** `wafWebAclArn` of an Application Load Balancer: the ARN, null when none, or why it is unknown. */
export type AlbWebAcls = (lbArn: string) => unknown;

export function collectFirewallsRegional(s: RegionScope): RegionalFirewalls {
  const v2 = collectWafv2(s, 'REGIONAL');
  const classic = collectWafClassicRegional(s);
  const nfw = collectNetworkFirewall(s);
  const albWebAcls = Promise.all([v2, classic]).then(([a, b]) => webAclOf([a.albs, b.albs]));
  const covers = Promise.all([v2, classic, nfw]).then(([a, b, c]) => [...a.covers, ...b.covers, ...c]);
  return { covers, albWebAcls };
}

/**
 * Global firewalls once per account: WAFv2 `CLOUDFRONT` scope and global WAF Classic. Only the
 * Classic types are claimed complete account-wide: WAFv2 types are regional too, and their regional
 * listings make their own claims.
 */
export async function collectFirewallsGlobal(s: RegionScope): Promise<string[]> {
  const [, classic] = await Promise.all([collectWafv2(s, 'CLOUDFRONT'), collectWafClassicGlobal(s)]);
  return classic.covers;
}

/** A load balancer is protected when any index names it; unprotected only when every index is complete. */
function webAclOf(indexes: WebAclIndex[]): AlbWebAcls {
  return (lbArn) => {
    for (const i of indexes) {
      const acl = i.byResource.get(lbArn);
      if (acl !== undefined) return acl;
    }
    const gap = indexes.find((i) => i.gap !== undefined)?.gap;
    return gap === undefined ? null : unknown(gap);
  };
}
