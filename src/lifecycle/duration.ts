/** Durations as people write them on the command line (`30d`, `12h`, `2w`, `90m`), in hours. */

const UNIT_HOURS: Record<string, number> = { m: 1 / 60, h: 1, d: 24, w: 24 * 7 };

/**
 * Hours in a duration, or undefined when it is not one.
 * @example durationHours('7d') // 168
 */
export function durationHours(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(text.trim());
  if (m === null) return undefined;
  return Number(m[1]) * UNIT_HOURS[m[2]!]!;
}

/** A duration in hours as text for tables: `36h`, `2.5d`. */
export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 48) return `${Math.round(hours * 10) / 10}h`;
  return `${Math.round((hours / 24) * 10) / 10}d`;
}
