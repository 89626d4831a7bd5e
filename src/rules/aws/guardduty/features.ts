/** The regions where a GuardDuty protection plan (detector feature) is not enabled. */
import { UnknownFieldError } from '../../../model/errors.js';

export function regionsWithout(
  feature: string,
  regions: readonly { region: string; features: readonly string[] }[],
): string[] {
  if (regions.length === 0)
    throw new UnknownFieldError('guardDutyFeatures', 'the source read GuardDuty in no region');
  return regions.filter((r) => !r.features.includes(feature)).map((r) => r.region);
}
