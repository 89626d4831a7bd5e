/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run, the rules that produced
 * results as `tool.driver.rules` (title, description, help with remediation, `security-severity`),
 * each result with a relative URI and start line, a stable `partialFingerprints` entry (the finding
 * id: same rule + same resource ⇒ same fingerprint), and inline suppressions as SARIF suppressions.
 * Usable for `parapet iac` and for `parapet scan` (estate results point at the export file when known).
 */
import { relative, isAbsolute } from 'node:path';
import { atLeast, type Severity } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';
import type { StoredResult } from '../store/types.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub reads `security-severity` (0.0–10.0) to rank alerts: ≥9 critical, ≥7 high, ≥4 medium. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** `aws-s3-bucket-not-public` → `AwsS3BucketNotPublic` (SARIF rule `name`). */
function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A relative, forward-slash URI for a file, percent-encoded where needed. */
export function artifactUri(file: string, cwd: string | undefined): string {
  const rel = isAbsolute(file) && cwd !== undefined ? relative(cwd, file) : file;
  return rel
    .split(/[\\/]+/)
    .filter((s) => s !== '.' && s !== '')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function ruleDescriptor(rule: AnyRule | undefined, ruleId: string, severity: Severity) {
  const title = rule?.title ?? ruleId;
  const remediation = rule?.remediation;
  const helpText = [rule?.description ?? title, remediation ? `Remediation: ${remediation.text}` : '']
    .filter(Boolean)
    .join('\n\n');
  const markdown = [
    `**${title}**`,
    rule?.description ?? '',
    remediation ? `**Remediation:** ${remediation.text}` : '',
    remediation?.terraform ? `\`\`\`hcl\n${remediation.terraform}\n\`\`\`` : '',
    remediation?.cli ? `\`\`\`sh\n${remediation.cli}\n\`\`\`` : '',
    ...(rule?.references ?? []).map((r) => `- ${r}`),
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: ruleId,
    name: pascal(ruleId),
    shortDescription: { text: title },
    fullDescription: { text: rule?.description ?? title },
    help: { text: helpText, markdown },
    ...(rule?.references?.[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      precision: 'high',
      tags: [...new Set(['security', ...(rule ? [rule.category, ...rule.aspects] : [])])],
    },
  };
}

export interface SarifOptions {
  /** Relative URIs are made from this directory. */
  cwd?: string;
  version?: string;
}

/** Build the SARIF log as an object (tests validate it; the renderer writes it). */
export async function sarifLog(
  report: ScanReport,
  options: SarifOptions = {},
): Promise<Record<string, unknown>> {
  const rules: ReturnType<typeof ruleDescriptor>[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    const severity = rule?.severity ?? r.severity;
    if (!atLeast(severity, report.minSeverity)) continue;
    if (r.status !== 'fail' && r.status !== 'error') continue;
    let index = ruleIndex.get(r.ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(r.ruleId, index);
      rules.push(ruleDescriptor(rule, r.ruleId, severity));
    }
    results.push(sarifResult(r, index, severity, options));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Parapet',
            informationUri: 'https://github.com/parapet-cspm/parapet',
            semanticVersion: options.version ?? '0.1.0',
            rules,
          },
        },
        automationDetails: { id: `parapet/${report.kind ?? 'scan'}/` },
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          assets: report.assessment.assets,
          results: { ...report.assessment.results, muted: report.muted ?? 0 },
        },
      },
    ],
  };
}

function sarifResult(r: StoredResult, ruleIndex: number, severity: Severity, options: SarifOptions) {
  const src = r.resource.source;
  const location: Record<string, unknown> = {
    logicalLocations: [{ fullyQualifiedName: r.resource.uid, kind: 'resource' }],
  };
  if (src.file !== undefined) {
    location.physicalLocation = {
      artifactLocation: { uri: artifactUri(src.file, options.cwd), uriBaseId: '%SRCROOT%' },
      ...(src.line !== undefined ? { region: { startLine: src.line } } : {}),
    };
  }
  const unknown = r.status === 'error';
  return {
    ruleId: r.ruleId,
    ruleIndex,
    kind: unknown ? 'review' : 'fail',
    level: unknown ? 'note' : LEVEL[severity],
    message: { text: unknown ? `Could not assess: ${r.message}` : r.message },
    locations: [location],
    partialFingerprints: { 'parapetFindingId/v1': r.findingId },
    ...(r.muted
      ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: r.muted.reason }] }
      : {}),
    properties: {
      resource: r.resource.uid,
      resourceType: r.resource.type,
      severity,
      status: r.muted ? 'muted' : r.status,
    },
  };
}

export async function renderSarif(
  report: ScanReport,
  out: Output,
  options: SarifOptions = {},
): Promise<void> {
  await out.write(`${JSON.stringify(await sarifLog(report, options), null, 2)}\n`);
}
