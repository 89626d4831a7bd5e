/**
 * The in-memory index rules read related assets from: assets by uid, by type, and by type within an
 * account. Only assets of types some rule `requires` (plus the deferred subjects) are held here, so
 * memory follows what the rules need, not the estate size.
 */
import type { AnyAsset } from '../model/asset.js';

export class InventoryIndex {
  readonly #byUid = new Map<string, AnyAsset>();
  readonly #byType = new Map<string, AnyAsset[]>();
  readonly #byTypeAccount = new Map<string, AnyAsset[]>();
  /** By type, account and region: rules look up "the flow logs of this VPC's region" once per VPC. */
  readonly #byTypeAccountRegion = new Map<string, AnyAsset[]>();

  constructor(assets: Iterable<AnyAsset> = []) {
    for (const a of assets) this.add(a);
  }

  add(asset: AnyAsset): void {
    this.#byUid.set(asset.uid, asset);
    push(this.#byType, asset.type, asset);
    push(this.#byTypeAccount, `${asset.type}\u0000${asset.account}`, asset);
    push(this.#byTypeAccountRegion, `${asset.type}\u0000${asset.account}\u0000${asset.region}`, asset);
  }

  get(uid: string): AnyAsset | undefined {
    return this.#byUid.get(uid);
  }

  /** Assets of a type, optionally in one account (and region). The list is shared: do not change it. */
  ofType(type: string, scope: { account?: string; region?: string } = {}): AnyAsset[] {
    if (scope.account === undefined) {
      const list = this.#byType.get(type) ?? [];
      return scope.region === undefined ? list : list.filter((a) => a.region === scope.region);
    }
    if (scope.region === undefined) return this.#byTypeAccount.get(`${type}\u0000${scope.account}`) ?? [];
    return this.#byTypeAccountRegion.get(`${type}\u0000${scope.account}\u0000${scope.region}`) ?? [];
  }

  /** Every asset held, in the order added. */
  values(): IterableIterator<AnyAsset> {
    return this.#byUid.values();
  }

  get size(): number {
    return this.#byUid.size;
  }
}

function push(map: Map<string, AnyAsset[]>, key: string, asset: AnyAsset): void {
  const list = map.get(key);
  if (list) list.push(asset);
  else map.set(key, [asset]);
}
