/**
 * Reading a project's role bindings for the IAM rules: the (role, member) grants that match, and how
 * to list them in a message without letting a huge policy flood it. Not a rule itself (no `rule` export).
 */
import { bindingLabel, type IamBinding } from '../../../inventory/gcp/iam-policy.js';

export interface Grant {
  /** The role, with its condition if any: `roles/editor (if: business hours)`. */
  role: string;
  member: string;
}

/** Every (role, member) pair of `bindings` for which `matches` holds. */
export function grantsWhere(
  bindings: readonly IamBinding[],
  matches: (role: string, member: string) => boolean,
): Grant[] {
  const out: Grant[] = [];
  for (const b of bindings) {
    for (const member of b.members) if (matches(b.role, member)) out.push({ role: bindingLabel(b), member });
  }
  return out;
}

/** `a (r1), b (r2), c (r3) and 4 more` — at most `max` grants spelled out. */
export function listGrants(grants: readonly Grant[], max = 3): string {
  const shown = grants.slice(0, max).map((g) => `${g.member} (${g.role})`);
  const rest = grants.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
