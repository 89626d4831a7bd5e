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

  constructor(assets: Iterable<AnyAsset> = []) {
    for (const a of assets) this.add(a);
  }

  add(asset: AnyAsset): void {
    this.#byUid.set(asset.uid, asset);
    push(this.#byType, asset.type, asset);
    push(this.#byTypeAccount, `${asset.type}\u0000${asset.account}`, asset);
  }

  get(uid: string): AnyAsset | undefined {
    return this.#byUid.get(uid);
  }

  ofType(type: string, scope: { account?: string; region?: string } = {}): AnyAsset[] {
    const list =
      scope.account === undefined
        ? (this.#byType.get(type) ?? [])
        : (this.#byTypeAccount.get(`${type}\u0000${scope.account}`) ?? []);
    return scope.region === undefined ? list : list.filter((a) => a.region === scope.region);
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
