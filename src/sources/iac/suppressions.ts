/**
 * Inline suppressions: `# parapet:ignore <rule-id> <reason>` (also `//` and YAML `#` comments) on the
 * line of a resource or attribute, or in the comment lines just above it. A suppression must give a
 * reason; one without is reported (and does not mute anything).
 */

export interface Suppression {
  file: string;
  line: number;
  ruleId: string;
  reason: string;
  /** Lines this comment covers: its own, and the first non-comment line below a run of comments. */
  covers: number[];
}

export interface SuppressionProblem {
  file: string;
  line: number;
  message: string;
}

const MARK = /(?:#|\/\/)\s*parapet:ignore(?:\s+(\S+))?(?:\s+(.*\S))?\s*$/;
const COMMENT_ONLY = /^\s*(#|\/\/)/;

/**
 * The suppressions in one file's text.
 * @example suppressionsIn('main.tf', '# parapet:ignore aws-s3-bucket-not-public public website\nresource ...')
 */
export function suppressionsIn(
  file: string,
  text: string,
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const lines = text.split(/\r?\n/);
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (!text.includes('parapet:ignore')) continue;
    const m = MARK.exec(text);
    if (!m) continue;
    const line = i + 1;
    const ruleId = m[1];
    const reason = m[2]?.trim() ?? '';
    if (ruleId === undefined) {
      problems.push({ file, line, message: `${file}:${line}: parapet:ignore names no rule id` });
      continue;
    }
    if (reason === '') {
      problems.push({
        file,
        line,
        message: `${file}:${line}: parapet:ignore ${ruleId} gives no reason; it is not applied`,
      });
      continue;
    }
    const covers = [line];
    if (COMMENT_ONLY.test(text)) {
      let j = i + 1;
      while (j < lines.length && COMMENT_ONLY.test(lines[j]!)) j++;
      if (j < lines.length) covers.push(j + 1);
    }
    suppressions.push({ file, line, ruleId, reason, covers });
  }
  return { suppressions, problems };
}

/** The suppression that mutes `ruleId` at any of `lines` of `file`, if one does. */
export function suppressionFor(
  all: readonly Suppression[],
  ruleId: string,
  places: readonly { file: string; line: number }[],
): Suppression | undefined {
  return all.find(
    (s) =>
      (s.ruleId === ruleId || s.ruleId === '*') &&
      places.some((p) => p.file === s.file && s.covers.includes(p.line)),
  );
}
