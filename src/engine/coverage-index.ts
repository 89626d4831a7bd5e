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
  readonly #present = new Set<string>();

  declare(d: CoverageDeclaration): void {
    this.#declared.push(d);
  }

  saw(asset: AnyAsset): void {
    this.#present.add(`${asset.type}\u0000${asset.account}\u0000${asset.region}`);
    this.#present.add(`${asset.type}\u0000${asset.account}\u0000*`);
  }

  /** True when the inventory of `type` is known to be complete for the account (and region). */
  covers(type: string, scope: { account: string; region?: string }): boolean {
    if (this.#present.has(`${type}\u0000${scope.account}\u0000${scope.region ?? '*'}`)) return true;
    return this.#declared.some(
      (d) =>
        d.account === scope.account &&
        (d.region === undefined || scope.region === undefined || d.region === scope.region) &&
        (d.assetTypes === 'all' ? !(d.except ?? []).includes(type) : d.assetTypes.includes(type)),
    );
  }
}
