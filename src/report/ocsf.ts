/**
 * OCSF 1.8.0 output: one Compliance Finding event (class 2003, category Findings) per reported result,
 * written as a JSON array, one event at a time from the store. The rule is the compliance control;
 * the frameworks and requirements it judges (the derived reverse index) are its standards and
 * requirements; the resource, remediation, severity and finding status map to their OCSF attributes.
 * Shape checked in tests by `ocsf-check.ts` against the OCSF schema definitions.
 */
import type { Finding } from '../model/finding.js';
import { atLeast, type Severity } from '../model/severity.js';
import type { AnyRule } from '../rules/api.js';
import type { StoredResult } from '../store/types.js';
import { toFinding } from './finding.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

export const OCSF_VERSION = '1.8.0';
export const PARAPET_VERSION = '0.1.0';

const SEVERITY_ID: Record<Severity, [number, string]> = {
  critical: [5, 'Critical'],
  high: [4, 'High'],
  medium: [3, 'Medium'],
  low: [2, 'Low'],
  info: [1, 'Informational'],
};
const PROVIDER: Record<string, { name: string; accountType: [number, string] }> = {
  aws: { name: 'AWS', accountType: [10, 'AWS Account'] },
  azure: { name: 'Azure', accountType: [13, 'Azure Subscription'] },
  gcp: { name: 'GCP', accountType: [11, 'GCP Project'] },
};

/** Compliance status: 1 Pass, 3 Fail, 0 Unknown (the rule could not decide). */
function complianceStatus(status: Finding['status']): [number, string] {
  if (status === 'pass') return [1, 'Pass'];
  if (status === 'fail' || status === 'muted') return [3, 'Fail'];
  return [0, 'Unknown'];
}

/** Finding status: 1 New (open), 3 Suppressed (muted), 4 Resolved (a passing check). */
function findingStatus(status: Finding['status']): [number, string] {
  if (status === 'muted') return [3, 'Suppressed'];
  if (status === 'pass') return [4, 'Resolved'];
  return [1, 'New'];
}

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export function ocsfEvent(
  f: Finding,
  r: StoredResult,
  rule: AnyRule | undefined,
  context: { time: number; scanId: string; frameworkNames: ReadonlyMap<string, string> },
): Record<string, unknown> {
  const [severityId, severity] = SEVERITY_ID[f.severity];
  const [complianceId, complianceName] = complianceStatus(f.status);
  const [statusId, statusName] = findingStatus(f.status);
  const provider = PROVIDER[f.resource.provider] ?? { name: f.resource.provider, accountType: [99, 'Other'] };
  const standards = Object.keys(f.compliance).map((id) => context.frameworkNames.get(id) ?? id);
  const requirements = Object.entries(f.compliance).flatMap(([fw, ids]) => ids.map((id) => `${fw} ${id}`));
  const tags = Object.entries(f.resource.tags).map(([name, value]) => ({ name, value }));
  const resource: Record<string, unknown> = {
    uid: f.resource.uid,
    name: f.resource.name,
    type: f.resource.type,
    region: f.resource.region,
    role_id: 1,
    role: 'Target',
    provider: provider.name,
    data: { account: f.resource.account },
  };
  if (tags.length > 0) resource.tags = tags;
  if (f.owner !== undefined) resource.owner = { name: f.owner };
  const findingInfo: Record<string, unknown> = {
    uid: f.id,
    title: f.title,
    types: ['Compliance'],
  };
  if (rule?.description) findingInfo.desc = rule.description;
  const first = ms(r.firstSeen);
  const last = ms(r.lastSeen);
  if (first !== undefined) findingInfo.first_seen_time = first;
  if (last !== undefined) findingInfo.last_seen_time = last;
  const remediation: Record<string, unknown> = {
    desc: f.remediation.text || 'See the rule documentation.',
  };
  if (rule?.references && rule.references.length > 0) remediation.references = [...rule.references];
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2003,
    class_name: 'Compliance Finding',
    type_uid: 200301,
    type_name: 'Compliance Finding: Create',
    time: context.time,
    severity_id: severityId,
    severity,
    status_id: statusId,
    status: statusName,
    message: f.message,
    metadata: {
      version: OCSF_VERSION,
      uid: `${context.scanId}/${f.id}`,
      profiles: ['cloud'],
      product: { name: 'Parapet', vendor_name: 'Parapet', version: PARAPET_VERSION, uid: 'parapet' },
    },
    cloud: {
      provider: provider.name,
      region: f.resource.region,
      account: { uid: f.resource.account, type_id: provider.accountType[0], type: provider.accountType[1] },
    },
    finding_info: findingInfo,
    compliance: {
      control: f.ruleId,
      standards,
      requirements,
      status_id: complianceId,
      status: complianceName,
      checks: [
        {
          uid: f.ruleId,
          name: f.title,
          severity_id: severityId,
          status_id: complianceId,
          status: complianceName,
          standards: Object.keys(f.compliance),
        },
      ],
    },
    resources: [resource],
    remediation,
    unmapped: { parapet: { risk: f.risk, evidence: f.evidence, scan: context.scanId } },
  };
}

export async function renderScanOcsf(report: ScanReport, out: Output, options: { now: Date }): Promise<void> {
  const time = ms(report.scan.finishedAt) ?? options.now.getTime();
  const frameworkNames = new Map(report.compliance.frameworks.map((f) => [f.id, `${f.name} ${f.version}`]));
  await out.write('[');
  let first = true;
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    if (!atLeast(rule?.severity ?? r.severity, report.minSeverity)) continue;
    const f = toFinding(r, rule, report.compliance, report.governance);
    const event = ocsfEvent(f, r, rule, { time, scanId: report.scan.id, frameworkNames });
    await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(event)}`);
    first = false;
  }
  await out.write(first ? ']\n' : '\n]\n');
}
