/** What an IAM account password policy lacks against a set of requirements (FSBP IAM.7, IAM.10). */
import type { PasswordPolicy } from '../../../inventory/aws/account.js';

export interface PasswordRequirements {
  minimumLength: number;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  requireNumbers?: boolean;
  requireSymbols?: boolean;
  /** At least this many previous passwords remembered. */
  reusePrevention?: number;
  /** Passwords expire after at most this many days. */
  maxAgeDays?: number;
}

/**
 * The requirements the policy misses, in words.
 * @example policyShortfalls({ ...policy, requireSymbols: false }, { minimumLength: 8, requireSymbols: true }) // ['symbols']
 */
export function policyShortfalls(policy: PasswordPolicy, req: PasswordRequirements): string[] {
  const out: string[] = [];
  if (policy.minimumLength < req.minimumLength)
    out.push(`minimum length ${policy.minimumLength} (at least ${req.minimumLength})`);
  if (req.requireUppercase === true && !policy.requireUppercase) out.push('an upper-case letter');
  if (req.requireLowercase === true && !policy.requireLowercase) out.push('a lower-case letter');
  if (req.requireNumbers === true && !policy.requireNumbers) out.push('a number');
  if (req.requireSymbols === true && !policy.requireSymbols) out.push('a symbol');
  if (req.reusePrevention !== undefined && (policy.reusePrevention ?? 0) < req.reusePrevention)
    out.push(
      `reuse prevention ${policy.reusePrevention ?? 'off'} (at least ${req.reusePrevention} passwords remembered)`,
    );
  if (req.maxAgeDays !== undefined && (policy.maxAgeDays === null || policy.maxAgeDays > req.maxAgeDays))
    out.push(
      `password expiry ${policy.maxAgeDays === null ? 'off' : `${policy.maxAgeDays} days`} (at most ${req.maxAgeDays} days)`,
    );
  return out;
}
