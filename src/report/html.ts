/**
 * Self-contained HTML reports: `parapet scan --format html` (findings with severity breakdown, score
 * per framework, top failing requirements and rules, sortable and filterable findings with remediation)
 * and `parapet compliance --format html` (per framework: scores, section roll-ups, every requirement
 * with its status and failing resources, manual requirements to evidence, and the method). One file,
 * inline CSS/JS/SVG, printable to PDF. All text from the estate and the catalogs is escaped.
 */
import type { FrameworkScore, RequirementScore } from '../frameworks/scoring.js';
import type { Finding } from '../model/finding.js';
import { atLeast, SEVERITIES } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';
import type { ComplianceReport } from './compliance-report.js';
import { toFinding } from './finding.js';
import {
  barChart,
  esc,
  page,
  pct,
  pill,
  scoreColor,
  SEVERITY_COLORS,
  stackedBar,
  STATUS_COLORS,
} from './html-kit.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

/** Findings listed in the HTML at most; the JSON and CSV carry all of them. */
export const HTML_MAX_FINDINGS = 5000;

const STATUS_LABEL: Record<string, string> = {
  pass: 'pass',
  fail: 'fail',
  manual: 'manual',
  not_assessed: 'not assessed',
  error: 'unknown',
  muted: 'muted',
};

function scoreCards(fw: FrameworkScore): string {
  const card = (label: string, value: string, color?: string) =>
    `<div class="card"><div class="l">${esc(label)}</div><div class="v"${color ? ` style="color:${color}"` : ''}>${esc(value)}</div></div>`;
  return `<div class="cards">${card('Controls score', pct(fw.scores.controls), scoreColor(fw.scores.controls))}${card(
    'Resources score',
    pct(fw.scores.resources),
    scoreColor(fw.scores.resources),
  )}${card('Passing', String(fw.counts.pass), STATUS_COLORS.pass)}${card('Failing', String(fw.counts.fail), STATUS_COLORS.fail)}${card(
    'Not assessed',
    String(fw.counts.not_assessed),
  )}${card('Manual', String(fw.counts.manual))}</div>`;
}

function frameworkScoreChart(id: string, frameworks: readonly FrameworkScore[]): string {
  return barChart(
    id,
    frameworks.map((f) => ({
      label: f.id,
      value: f.scores.controls ?? 0,
      color: scoreColor(f.scores.controls),
      text: `${pct(f.scores.controls)} controls · ${pct(f.scores.resources)} resources`,
    })),
    { max: 100, labelWidth: 120, width: 560 },
  );
}

function topFailingRequirements(frameworks: readonly FrameworkScore[], n: number) {
  return frameworks
    .flatMap((f) => f.requirements.filter((r) => r.failing > 0).map((r) => ({ fw: f.id, r })))
    .sort((a, b) => b.r.failing - a.r.failing || a.fw.localeCompare(b.fw) || a.r.id.localeCompare(b.r.id))
    .slice(0, n);
}

function remediationBlock(rule: AnyRule | undefined, f?: Finding): string {
  const rem = f?.remediation ?? rule?.remediation;
  if (!rem || rem.text === '') return '';
  const extra = [
    rem.cli ? `<div><strong>CLI</strong><pre class="mono">${esc(rem.cli)}</pre></div>` : '',
    rem.terraform ? `<div><strong>Terraform</strong><pre class="mono">${esc(rem.terraform)}</pre></div>` : '',
  ].join('');
  return `<div class="remediation">${esc(rem.text)}${extra}</div>`;
}

/** `parapet scan --format html`. `frameworks` are the scan's framework scores (all loaded catalogs, or the selected one). */
export async function renderScanHtml(
  report: ScanReport,
  out: Output,
  options: { frameworks: readonly FrameworkScore[]; generatedAt: string },
): Promise<void> {
  const { scan, assessment } = report;
  const findings: Finding[] = [];
  let total = 0;
  const byRule = new Map<string, number>();
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    const severity = rule?.severity ?? r.severity;
    if (!atLeast(severity, report.minSeverity)) continue;
    total++;
    if (r.status === 'fail') byRule.set(r.ruleId, (byRule.get(r.ruleId) ?? 0) + 1);
    if (findings.length < HTML_MAX_FINDINGS)
      findings.push(toFinding(r, rule, report.compliance, report.governance));
  }
  const sevBars = SEVERITIES.map((s) => ({
    label: s,
    value: assessment.failedBySeverity[s],
    color: SEVERITY_COLORS[s]!,
  }));
  const topRules = [...byRule.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([id, n]) => ({
      label: id,
      value: n,
      color: SEVERITY_COLORS[report.rules.get(id)?.severity ?? 'info']!,
      text: `${n} · ${report.rules.get(id)?.title ?? ''}`,
    }));
  const topReqs = topFailingRequirements(options.frameworks, 10).map(({ fw, r }) => ({
    label: `${fw} ${r.id}`,
    value: r.failing,
    color: STATUS_COLORS.fail!,
    text: `${r.failing} failing resources`,
  }));
  const header = `<h1>Parapet scan report</h1><div class="meta">Scan <span class="mono">${esc(scan.id)}</span> · started ${esc(scan.startedAt)} · ${esc(scan.status)} · sources: ${esc(scan.sources.join(', '))}</div>`;
  const summary = `<section id="summary"><h2>Summary</h2><div class="cards">
<div class="card"><div class="l">Assets</div><div class="v">${assessment.assets}</div></div>
<div class="card"><div class="l">Failing results</div><div class="v" style="color:${STATUS_COLORS.fail}">${assessment.results.fail}</div></div>
<div class="card"><div class="l">Passing results</div><div class="v" style="color:${STATUS_COLORS.pass}">${assessment.results.pass}</div></div>
<div class="card"><div class="l">Unknown (not assessed)</div><div class="v">${assessment.results.error}</div></div>
</div>
${assessment.results.error > 0 ? `<p class="note">${assessment.results.error} results could not be decided because a source could not read a field the rule needs; they are listed as <em>unknown</em> and never counted as passing.</p>` : ''}
<div class="charts">
<div class="chart"><h3>Failing results by severity</h3>${barChart('chart-severity', sevBars, { labelWidth: 80, width: 420 })}</div>
${options.frameworks.length > 0 ? `<div class="chart"><h3>Score per framework</h3>${frameworkScoreChart('chart-frameworks', options.frameworks)}</div>` : ''}
<div class="chart"><h3>Top failing rules</h3>${barChart('chart-rules', topRules, { labelWidth: 250, width: 560 })}</div>
${options.frameworks.length > 0 ? `<div class="chart"><h3>Top failing requirements</h3>${barChart('chart-requirements', topReqs, { labelWidth: 200, width: 520 })}</div>` : ''}
</div></section>`;
  const rows = findings
    .map((f) => {
      const tags = Object.entries(f.resource.tags)
        .map(([k, v]) => `<code>${esc(k)}=${esc(v)}</code>`)
        .join(' ');
      const compliance = Object.entries(f.compliance)
        .map(([fw, ids]) => `<div><strong>${esc(fw)}</strong> ${esc(ids.join(', '))}</div>`)
        .join('');
      return `<tr data-severity="${esc(f.severity)}" data-status="${esc(f.status)}" data-provider="${esc(f.resource.provider)}">
<td data-v="${SEVERITIES.length - SEVERITIES.indexOf(f.severity)}">${pill(f.severity, SEVERITY_COLORS[f.severity]!)}</td>
<td>${pill(STATUS_LABEL[f.status] ?? f.status, STATUS_COLORS[f.status] ?? '#555')}</td>
<td class="num">${f.risk.score}</td>
<td><div>${esc(f.resource.name)}</div><div class="mono muted">${esc(f.resource.uid)}</div><div class="muted">${esc(f.resource.provider)} · ${esc(f.resource.account)} · ${esc(f.resource.region)}</div>${tags ? `<div>${tags}</div>` : ''}</td>
<td><div class="mono">${esc(f.ruleId)}</div><div>${esc(f.title)}</div></td>
<td><div>${esc(f.message)}</div><details class="noprint-toggle"><summary>Remediation and compliance</summary>${remediationBlock(report.rules.get(f.ruleId), f)}${compliance}</details></td>
</tr>`;
    })
    .join('\n');
  const table = `<section id="findings"><h2>Findings</h2>
${total > findings.length ? `<p class="note">Showing the ${findings.length} highest-risk of ${total} findings; the JSON and CSV outputs list all of them.</p>` : ''}
<div class="filters" data-filter-for="findings-table">
<input type="search" data-key="text" placeholder="Filter by text (resource, rule, message)" aria-label="filter text" id="filter-text">
<select data-key="severity" aria-label="severity" id="filter-severity"><option value="">All severities</option>${SEVERITIES.map((s) => `<option value="${s}">${s}</option>`).join('')}</select>
<select data-key="status" aria-label="status" id="filter-status"><option value="">All statuses</option><option value="fail">fail</option><option value="error">unknown</option><option value="muted">muted</option><option value="pass">pass</option></select>
<select data-key="provider" aria-label="provider" id="filter-provider"><option value="">All clouds</option><option value="aws">aws</option><option value="azure">azure</option><option value="gcp">gcp</option></select>
<span class="count muted"></span></div>
<table id="findings-table" class="sortable"><thead><tr><th data-sort="num">Severity</th><th data-sort="text">Status</th><th data-sort="num" class="num">Risk</th><th data-sort="text">Resource</th><th data-sort="text">Rule</th><th>Detail</th></tr></thead>
<tbody>
${rows}
</tbody></table></section>`;
  await out.write(page(`Parapet scan ${scan.id}`, header, summary + table, options.generatedAt));
}

function requirementRow(fw: FrameworkScore, r: RequirementScore): string {
  const counts =
    r.status === 'manual'
      ? '<td class="num" data-v="-1">—</td><td class="num" data-v="-1">—</td><td class="num" data-v="-1">—</td>'
      : `<td class="num">${r.failing}</td><td class="num">${r.passing}</td><td class="num">${r.unknown}</td>`;
  const reason =
    r.reason === 'no-rules'
      ? 'no rule judges it yet'
      : r.reason === 'no-resources'
        ? 'no resource of the judged types in this scan'
        : r.reason === 'unknown'
          ? 'results unknown: a source could not read what the rules need'
          : '';
  return `<tr data-status="${esc(r.status)}" data-section="${esc(r.section.toLowerCase())}">
<td class="mono"><a href="#${esc(`${fw.id}--${r.id}`)}">${esc(r.id)}</a></td><td>${esc(r.section)}</td><td>${esc(r.title)}${reason ? `<div class="muted">${esc(reason)}</div>` : ''}</td>
<td data-v="${{ fail: 0, not_assessed: 1, pass: 2, manual: 3 }[r.status]}">${pill(STATUS_LABEL[r.status]!, STATUS_COLORS[r.status]!)}</td>${counts}</tr>`;
}

function failingDetail(fw: FrameworkScore, r: RequirementScore, rules: ReadonlyMap<string, AnyRule>): string {
  const byRule = r.byRule
    .filter((t) => t.failing > 0)
    .map((t) => {
      const rule = rules.get(t.ruleId);
      const resources = r.failingResources
        .filter((f) => f.ruleId === t.ruleId)
        .map(
          (f) =>
            `<tr><td>${esc(f.name)}<div class="mono muted">${esc(f.uid)}</div></td><td>${esc(f.provider)} · ${esc(f.account)} · ${esc(f.region)}</td><td>${esc(f.message)}</td></tr>`,
        )
        .join('');
      return `<h4><span class="mono">${esc(t.ruleId)}</span> — ${esc(rule?.title ?? '')} (${t.failing} failing, ${t.passing} passing${t.unknown ? `, ${t.unknown} unknown` : ''})</h4>
${remediationBlock(rule)}
<table><thead><tr><th>Resource</th><th>Where</th><th>Finding</th></tr></thead><tbody>${resources}</tbody></table>`;
    })
    .join('');
  const shown = r.failingResources.length;
  return `<details id="${esc(`${fw.id}--${r.id}`)}"><summary>${esc(r.id)} — ${esc(r.title)} · ${r.failing} failing resources</summary>
${shown < r.failing ? `<p class="note">Showing ${shown} of ${r.failing} failing resources; the JSON output lists them by rule.</p>` : ''}${byRule}</details>`;
}

function frameworkSection(fw: FrameworkScore, rules: ReadonlyMap<string, AnyRule>, index: number): string {
  const statusBar = stackedBar(`chart-status-${index}`, [
    { label: 'pass', value: fw.counts.pass, color: STATUS_COLORS.pass! },
    { label: 'fail', value: fw.counts.fail, color: STATUS_COLORS.fail! },
    { label: 'not assessed', value: fw.counts.not_assessed, color: STATUS_COLORS.not_assessed! },
    { label: 'manual', value: fw.counts.manual, color: STATUS_COLORS.manual! },
  ]);
  const sections = barChart(
    `chart-sections-${index}`,
    fw.sections
      .filter((s) => s.scores.controls !== null)
      .map((s) => ({
        label: s.name,
        value: s.scores.controls ?? 0,
        color: scoreColor(s.scores.controls),
        text: `${pct(s.scores.controls)} (${s.counts.pass}/${s.counts.pass + s.counts.fail})`,
      })),
    { max: 100, labelWidth: 200, width: 560 },
  );
  const top = barChart(
    `chart-top-${index}`,
    topFailingRequirements([fw], 10).map(({ r }) => ({
      label: r.id,
      value: r.failing,
      color: STATUS_COLORS.fail!,
      text: `${r.failing} · ${r.title}`,
    })),
    { labelWidth: 150, width: 560 },
  );
  const sectionRows = fw.sections
    .map(
      (s) =>
        `<tr><td>${esc(s.name)}</td><td class="num">${s.counts.pass}</td><td class="num">${s.counts.fail}</td><td class="num">${s.counts.not_assessed}</td><td class="num">${s.counts.manual}</td><td class="num" data-v="${s.scores.controls ?? -1}">${pct(s.scores.controls)}</td><td class="num" data-v="${s.scores.resources ?? -1}">${pct(s.scores.resources)}</td></tr>`,
    )
    .join('');
  const tableId = `requirements-${index}`;
  const failing = fw.requirements.filter((r) => r.status === 'fail');
  const manual = fw.requirements.filter((r) => r.status === 'manual');
  const notAssessed = fw.requirements.filter((r) => r.status === 'not_assessed');
  return `<section id="fw-${esc(fw.id)}"><h2>${esc(fw.name)} <span class="muted">${esc(fw.version)} · ${esc(fw.id)}</span></h2>
${scoreCards(fw)}
${fw.unknownRequirements > 0 ? `<p class="note">${fw.unknownRequirements} requirements include resources whose results are unknown (a source could not read a field). Unknown resources count as not passing in the resources score and keep a requirement from passing.</p>` : ''}
<div class="charts">
<div class="chart"><h3>Requirement status</h3>${statusBar}</div>
<div class="chart"><h3>Controls score by section</h3>${sections}</div>
<div class="chart"><h3>Top failing requirements</h3>${top}</div>
</div>
<h3>Sections</h3>
<table class="sortable"><thead><tr><th data-sort="text">Section</th><th data-sort="num" class="num">Pass</th><th data-sort="num" class="num">Fail</th><th data-sort="num" class="num">Not assessed</th><th data-sort="num" class="num">Manual</th><th data-sort="num" class="num">Controls</th><th data-sort="num" class="num">Resources</th></tr></thead><tbody>${sectionRows}</tbody></table>
<h3>Requirements</h3>
<div class="filters" data-filter-for="${tableId}">
<input type="search" data-key="text" placeholder="Filter requirements" aria-label="filter requirements">
<select data-key="status" aria-label="status"><option value="">All statuses</option><option value="fail">fail</option><option value="pass">pass</option><option value="not_assessed">not assessed</option><option value="manual">manual</option></select>
<span class="count muted"></span></div>
<table id="${tableId}" class="sortable"><thead><tr><th data-sort="text">Requirement</th><th data-sort="text">Section</th><th data-sort="text">Title</th><th data-sort="num">Status</th><th data-sort="num" class="num">Failing</th><th data-sort="num" class="num">Passing</th><th data-sort="num" class="num">Unknown</th></tr></thead>
<tbody>${fw.requirements.map((r) => requirementRow(fw, r)).join('\n')}</tbody></table>
<h3>Failing requirements: resources and remediation</h3>
${failing.length === 0 ? '<p>No requirement fails.</p>' : failing.map((r) => failingDetail(fw, r, rules)).join('\n')}
<h3>Manual requirements: evidence to collect</h3>
<p class="muted">Configuration cannot show these; attach the organisation's evidence (policy, procedure, record) for each.</p>
<table><thead><tr><th>Requirement</th><th>Title</th><th>Evidence reference</th></tr></thead><tbody>${manual
    .map((r) => `<tr><td class="mono">${esc(r.id)}</td><td>${esc(r.title)}</td><td></td></tr>`)
    .join('')}</tbody></table>
${notAssessed.length > 0 ? `<h3>Not assessed</h3><p class="muted">Automated requirements this scan could not judge: no rule judges them yet, the scan held no resource of the judged types, or the results were unknown. They are neither passing nor failing.</p><ul>${notAssessed.map((r) => `<li><span class="mono">${esc(r.id)}</span> ${esc(r.title)} <span class="muted">(${esc(r.reason ?? '')})</span></li>`).join('')}</ul>` : ''}
</section>`;
}

/** `parapet compliance --format html`. */
export async function renderComplianceHtml(
  report: ComplianceReport,
  out: Output,
  options: { rules: ReadonlyMap<string, AnyRule> },
): Promise<void> {
  const { scan } = report;
  const one = report.frameworks.length === 1 ? report.frameworks[0] : undefined;
  const title = one ? `${one.name} compliance report` : 'Compliance report';
  const accounts = [...new Set(scan.scopes.map((s) => `${s.provider}:${s.account}`))];
  const header = `<h1>${esc(title)}</h1><div class="meta">Scan <span class="mono">${esc(scan.id)}</span> · assessed ${esc(scan.startedAt)} · report generated ${esc(report.generatedAt)} · ${scan.assets} assets · scan ${esc(scan.status)}</div>`;
  const scope = `<section id="scope"><h2>Scope</h2>
<table><tbody>
<tr><th>Sources</th><td>${esc(scan.sources.join(', '))}</td></tr>
<tr><th>Accounts, subscriptions, projects</th><td>${esc(accounts.join(', ')) || '<span class="muted">none recorded</span>'}</td></tr>
<tr><th>Unknown results</th><td>${scan.unknownResults} results could not be decided (never counted as passing)</td></tr>
${scan.status === 'partial' ? '<tr><th>Completeness</th><td>The scan is partial: an input could not be read in full.</td></tr>' : ''}
</tbody></table></section>`;
  const overview =
    report.frameworks.length > 1
      ? `<section id="overview"><h2>Frameworks</h2><div class="charts"><div class="chart"><h3>Score per framework</h3>${frameworkScoreChart('chart-frameworks', report.frameworks)}</div></div>
<table class="sortable"><thead><tr><th data-sort="text">Framework</th><th data-sort="num" class="num">Controls</th><th data-sort="num" class="num">Resources</th><th data-sort="num" class="num">Pass</th><th data-sort="num" class="num">Fail</th><th data-sort="num" class="num">Not assessed</th><th data-sort="num" class="num">Manual</th></tr></thead><tbody>${report.frameworks
          .map(
            (f) =>
              `<tr><td><a href="#fw-${esc(f.id)}">${esc(f.name)}</a> <span class="mono muted">${esc(f.id)}</span></td><td class="num" data-v="${f.scores.controls ?? -1}">${pct(f.scores.controls)}</td><td class="num" data-v="${f.scores.resources ?? -1}">${pct(f.scores.resources)}</td><td class="num">${f.counts.pass}</td><td class="num">${f.counts.fail}</td><td class="num">${f.counts.not_assessed}</td><td class="num">${f.counts.manual}</td></tr>`,
          )
          .join('')}</tbody></table></section>`
      : '';
  const method = `<section id="method"><h2>Method</h2>
<p><strong>Requirement status.</strong> Each requirement is judged by the Parapet rules its catalog maps to it, on every resource of the scan. <em>fail</em>: at least one resource fails a mapped rule. <em>pass</em>: resources were judged, none failed and none is unknown. <em>not assessed</em>: no mapped rule produced a decided result. <em>manual</em>: configuration cannot show the requirement; evidence must come from the organisation.</p>
<p><strong>Controls score</strong> = passing requirements ÷ (passing + failing requirements) × 100, as AWS Security Hub computes its security score. Manual and not-assessed requirements are excluded and listed.</p>
<p><strong>Resources score</strong> = Σ weight × (passing resources ÷ judged resources) ÷ Σ weight over requirements with judged resources, as Microsoft Defender for Cloud weighs its secure score. Unknown resources count as judged and not passing. Weights by the highest severity of the rules that judged the requirement: ${Object.entries(
    report.weights.severity,
  )
    .map(([s, w]) => `${esc(s)} ${w}`)
    .join(
      ', ',
    )}${Object.keys(report.weights.requirements).length > 0 ? '; with requirement overrides from the configuration' : ''}.</p>
<p>Mappings from requirements to rules are Parapet's interpretation; they show configuration evidence for a requirement, not certification.</p></section>`;
  const body =
    scope +
    overview +
    report.frameworks.map((f, i) => frameworkSection(f, options.rules, i)).join('\n') +
    method;
  await out.write(page(title, header, body, report.generatedAt));
}
