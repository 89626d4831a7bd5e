/**
 * Terminal-safe text. Resource names and tags are attacker-controlled: they can carry ANSI escapes that
 * rewrite the terminal, bidi overrides that reorder what is shown, or newlines that forge output lines.
 * Everything that is not printable is shown escaped instead (`\x1b`, `\u202e`).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** @example safeText('evil\u001b[2J') // 'evil\\x1b[2J' */
export function safeText(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Safe and cut to `width` characters (with an ellipsis). */
export function cell(s: string, width: number): string {
  const t = safeText(s);
  if (t.length <= width) return t.padEnd(width);
  return `${t.slice(0, Math.max(0, width - 1))}…`;
}
