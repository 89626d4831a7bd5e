/**
 * The owners of scopes (AWS account, Azure subscription, GCP project), read from the parent assets
 * that describe them: the `aws.account` asset, the `azure.subscription` asset, the GCP project and then
 * its folders and organisation (`child-of`). Collected while assessing (parent assets are few), so
 * governance can give a resource without an owner tag its parent's owner.
 */
import type { AnyAsset } from '../model/asset.js';
import type { ScopeOwners } from '../lifecycle/governance.js';

const PARENT_TYPES = new Set([
  'aws.account',
  'azure.subscription',
  'gcp.resourcemanager.project',
  'gcp.resourcemanager.folder',
  'gcp.resourcemanager.organization',
]);

export class ScopeOwnerIndex {
  readonly #parents = new Map<string, AnyAsset>();

  /** Remember a parent asset (others are ignored). */
  saw(asset: AnyAsset): void {
    if (PARENT_TYPES.has(asset.type)) this.#parents.set(asset.uid, asset);
  }

  /** Owners by `provider:account`, walking a GCP project's ancestors when it has no owner label. */
  owners(): ScopeOwners {
    const out: Record<string, { owner: string; via: string }> = {};
    for (const a of this.#parents.values()) {
      if (!['aws.account', 'azure.subscription', 'gcp.resourcemanager.project'].includes(a.type)) continue;
      let cur: AnyAsset | undefined = a;
      const seen = new Set<string>();
      while (cur !== undefined && !seen.has(cur.uid)) {
        seen.add(cur.uid);
        if (cur.context.owner !== undefined) {
          out[`${a.provider}:${a.account}`] = { owner: cur.context.owner, via: `${cur.type} ${cur.name}` };
          break;
        }
        const up: string | undefined = cur.relations.find((r) => r.kind === 'child-of')?.target;
        cur = up === undefined ? undefined : this.#parents.get(up);
      }
    }
    return out;
  }
}
