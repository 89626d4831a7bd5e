/**
 * What the sources covered: for an account (and region), which asset types the inventory is complete
 * for. A rule that concludes from an absence ("this VPC has no flow log") must know the source
 * recorded that type there; otherwise the absence proves nothing and the result is unknown.
 *
 * Coverage comes from two places: sources that declare it (an AWS Config recorder that records all
 * supported types), and presence (if one flow log in a region was recorded, flow logs are recorded in
 * that region — recording is per type and region).
 */
import type { AnyAsset } from '../model/asset.js';

export interface CoverageDeclaration {
  provider: string;
  account: string;
  region?: string;
  /** Asset types the source records completely in this scope: every type, or a list. */
  assetTypes: 'all' | readonly string[];
  /** With `all`: types excluded from recording. */
  except?: readonly string[];
}

export class CoverageIndex {
  readonly #declared: CoverageDeclaration[] = [];
  /** type → account → regions seen. */
  readonly #present = new Map<string, Map<string, Set<string>>>();

  declare(d: CoverageDeclaration): void {
    this.#declared.push(d);
  }

  /** What sources declared they record completely (the lifecycle closes findings of removed resources only there). */
  declarations(): CoverageDeclaration[] {
    const unique = new Map<string, CoverageDeclaration>();
    for (const d of this.#declared) unique.set(JSON.stringify(d), d);
    return [...unique.values()];
  }

  /** The regions of the last type and account seen: consecutive assets mostly share them. */
  #last: { type: string; account: string; regions: Set<string> } | undefined;

  saw(asset: AnyAsset): void {
    const last = this.#last;
    if (last !== undefined && last.type === asset.type && last.account === asset.account) {
      last.regions.add(asset.region);
      return;
    }
    let accounts = this.#present.get(asset.type);
    if (accounts === undefined) this.#present.set(asset.type, (accounts = new Map<string, Set<string>>()));
    let regions = accounts.get(asset.account);
    if (regions === undefined) accounts.set(asset.account, (regions = new Set<string>()));
    regions.add(asset.region);
    this.#last = { type: asset.type, account: asset.account, regions };
  }

  /** True when the inventory of `type` is known to be complete for the account (and region). */
  covers(type: string, scope: { account: string; region?: string }): boolean {
    const regions = this.#present.get(type)?.get(scope.account);
    if (regions !== undefined && (scope.region === undefined || regions.has(scope.region))) return true;
    return this.#declared.some(
      (d) =>
        d.account === scope.account &&
        (d.region === undefined || scope.region === undefined || d.region === scope.region) &&
        (d.assetTypes === 'all' ? !(d.except ?? []).includes(type) : d.assetTypes.includes(type)),
    );
  }
}
