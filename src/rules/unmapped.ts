/**
 * Rules deliberately not mapped to any framework requirement, each with the reason. The registry test
 * fails for a rule that is neither mapped by a catalog nor listed here, and for a listed rule that a
 * catalog maps (the list must not go stale).
 */
export const UNMAPPED_RULES: Readonly<Record<string, string>> = {};
