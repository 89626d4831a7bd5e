/**
 * JUnit XML for CI systems that show test reports: one test suite per rule, one test case per
 * judged resource (failing → <failure>, unknown → <error>, muted by a suppression → <skipped> with the
 * reason; passes appear with --include-passed). Every string is XML-escaped, and characters XML
 * cannot carry are dropped, so hostile resource names cannot break the document.
 */
import { atLeast } from '../model/severity.js';
import type { StoredResult } from '../store/types.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** @example xml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;' */
export function xml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function caseName(r: StoredResult): string {
  const src = r.resource.source;
  return src.kind === 'iac' && src.file !== undefined
    ? `${src.file}${src.line ? `:${src.line}` : ''} ${r.resource.uid.split('#').pop() ?? ''}`
    : r.resource.uid;
}

export async function renderJunit(report: ScanReport, out: Output): Promise<void> {
  const suites = new Map<string, StoredResult[]>();
  for await (const r of report.results()) {
    const severity = report.rules.get(r.ruleId)?.severity ?? r.severity;
    if (!atLeast(severity, report.minSeverity)) continue;
    const list = suites.get(r.ruleId);
    if (list) list.push(r);
    else suites.set(r.ruleId, [r]);
  }
  const count = (rs: StoredResult[]) => ({
    tests: rs.length,
    failures: rs.filter((r) => r.status === 'fail' && !r.muted).length,
    errors: rs.filter((r) => r.status === 'error' && !r.muted).length,
    skipped: rs.filter((r) => r.muted).length,
  });
  const all = count([...suites.values()].flat());
  await out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await out.write(
    `<testsuites name="parapet ${report.kind ?? 'scan'}" tests="${all.tests}" failures="${all.failures}" errors="${all.errors}" skipped="${all.skipped}">\n`,
  );
  for (const [ruleId, rs] of [...suites.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const c = count(rs);
    const rule = report.rules.get(ruleId);
    await out.write(
      `  <testsuite name="${xml(ruleId)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}">\n`,
    );
    for (const r of rs) {
      const src = r.resource.source;
      const attrs = [
        `classname="${xml(ruleId)}"`,
        `name="${xml(caseName(r))}"`,
        ...(src.file !== undefined ? [`file="${xml(src.file)}"`] : []),
        ...(src.line !== undefined ? [`line="${src.line}"`] : []),
      ].join(' ');
      const sev = rule?.severity ?? r.severity;
      let body = '';
      if (r.muted) body = `<skipped message="${xml(`muted: ${r.muted.reason}`)}"/>`;
      else if (r.status === 'fail')
        body = `<failure message="${xml(r.message)}" type="${sev}">${xml(`${rule?.title ?? ruleId}\n${r.message}\nResource: ${r.resource.uid}\nRemediation: ${rule?.remediation.text ?? ''}`)}</failure>`;
      else if (r.status === 'error') body = `<error message="${xml(r.message)}" type="unknown"/>`;
      await out.write(
        body === '' ? `    <testcase ${attrs}/>\n` : `    <testcase ${attrs}>${body}</testcase>\n`,
      );
    }
    await out.write('  </testsuite>\n');
  }
  await out.write('</testsuites>\n');
}
