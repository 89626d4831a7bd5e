/**
 * Separation of duties over a project's role bindings: the members that hold a role from each of two
 * sets (e.g. one who administers service accounts and can also act as them). Conditional grants
 * count: while the condition holds the member has both. Not a rule itself (no `rule` export).
 */
import { bindingLabel } from '../../../inventory/gcp/iam-policy.js';
import type { PolicySource } from './inherited.js';

export interface DutyConflict {
  member: string;
  /** Roles (with their conditions) from the first set. */
  first: string[];
  /** Roles (with their conditions) from the second set. */
  second: string[];
}

/**
 * Members granted a role of `first` and a role of `second` across the project's policy and the ones it
 * inherits; `deleted:` members hold nothing.
 */
export function conflictingDuties(
  sources: readonly PolicySource[],
  first: readonly string[],
  second: readonly string[],
): DutyConflict[] {
  const byMember = new Map<string, DutyConflict>();
  for (const { from, b } of sources.flatMap((s) => s.bindings.map((b) => ({ from: s.from, b })))) {
    const inFirst = first.includes(b.role);
    const inSecond = second.includes(b.role);
    if (!inFirst && !inSecond) continue;
    for (const raw of b.members) {
      const member = raw.trim();
      if (member.startsWith('deleted:')) continue;
      let c = byMember.get(member);
      if (c === undefined) {
        c = { member, first: [], second: [] };
        byMember.set(member, c);
      }
      const label = from === 'project' ? bindingLabel(b) : `${bindingLabel(b)}, inherited from ${from}`;
      if (inFirst) c.first.push(label);
      if (inSecond) c.second.push(label);
    }
  }
  return [...byMember.values()].filter((c) => c.first.length > 0 && c.second.length > 0);
}

/** `a (x + y), b (x + z) and 2 more`. */
export function listConflicts(conflicts: readonly DutyConflict[], max = 3): string {
  const shown = conflicts.slice(0, max).map((c) => `${c.member} (${[...c.first, ...c.second].join(' + ')})`);
  const rest = conflicts.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
