/**
 * Account settings read per region (Security Hub, GuardDuty, Access Analyzer): the regions where the
 * service is off, or a gap when the source read the setting in no region.
 */
import { UnknownFieldError } from '../../../model/errors.js';

export function regionsOff(
  field: string,
  regions: readonly { region: string; enabled: boolean }[],
): string[] {
  if (regions.length === 0) throw new UnknownFieldError(field, 'the source read the setting in no region');
  return regions.filter((r) => !r.enabled).map((r) => r.region);
}
