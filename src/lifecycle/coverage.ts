/**
 * Which stored resources a scan fully covered: a resource absent from a scan is only known to be gone
 * when a source declared it records that type completely in the resource's account and region. Outside
 * such declarations an absence proves nothing, and the resource's findings stay as they were.
 */
import type { CoverageDeclaration } from '../engine/coverage-index.js';

export interface ResourceScope {
  provider: string;
  account: string;
  region: string;
  type: string;
}

/**
 * True when one of `declared` covers the resource's provider, account, region and type.
 * @example coversResource([{ provider: 'aws', account: '1', region: 'eu-west-1', assetTypes: 'all' }],
 *   { provider: 'aws', account: '1', region: 'eu-west-1', type: 'aws.s3.bucket' }) // true
 */
export function coversResource(declared: readonly CoverageDeclaration[], r: ResourceScope): boolean {
  return declared.some(
    (d) =>
      d.provider === r.provider &&
      d.account === r.account &&
      (d.region === undefined || d.region === r.region) &&
      (d.assetTypes === 'all' ? !(d.except ?? []).includes(r.type) : d.assetTypes.includes(r.type)),
  );
}
