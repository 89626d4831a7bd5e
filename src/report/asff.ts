/**
 * ASFF (AWS Security Finding Format, schema 2018-10-08) for `aws securityhub batch-import-findings`:
 * one finding per reported result, as a JSON array. Carries the required attributes, `Compliance`
 * (Status, RelatedRequirements, SecurityControlId), `Workflow.Status` and `RecordState`, and keeps
 * every field within Security Hub's documented limits (strings cut, arrays and maps capped) so a batch
 * is never rejected for size. `asffProblems` checks one finding against the same rules (tests).
 */
import { UsageError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { atLeast, type Severity } from '../model/severity.js';
import { toFinding } from './finding.js';
import type { Output } from './output.js';
import type { ScanReport } from './scan-report.js';

export const ASFF_SCHEMA_VERSION = '2018-10-08';

/** Documented Security Hub limits (BatchImportFindings / AwsSecurityFinding). */
export const ASFF_LIMITS = {
  id: 512,
  generatorId: 512,
  title: 256,
  description: 1024,
  recommendationText: 512,
  relatedRequirements: 32,
  productFields: 50,
  productFieldKey: 128,
  productFieldValue: 2048,
  resources: 32,
  resourceTags: 50,
  tagKey: 128,
  tagValue: 256,
  detailsOtherValue: 1024,
  findingBytes: 240 * 1024,
} as const;

const LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'INFORMATIONAL',
};

export interface AsffOptions {
  /** Account that imports findings about non-AWS resources (and whose product ARN is used for them). */
  account?: string;
  /** Region of the Security Hub that imports the findings (default: the resource's, or us-east-1). */
  region?: string;
}

/** Options from `parapet scan` flags (`--asff-account`, `--asff-region`). */
export function asffOptions(opts: { asffAccount?: string; asffRegion?: string }): AsffOptions {
  const out: AsffOptions = {};
  if (opts.asffAccount !== undefined) {
    if (!/^\d{12}$/.test(opts.asffAccount))
      throw new UsageError(`--asff-account: "${opts.asffAccount}" is not a 12-digit AWS account id`);
    out.account = opts.asffAccount;
  }
  if (opts.asffRegion !== undefined) {
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(opts.asffRegion))
      throw new UsageError(`--asff-region: "${opts.asffRegion}" is not an AWS region (e.g. eu-west-1)`);
    out.region = opts.asffRegion;
  }
  return out;
}

function cut(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** `aws.ec2.security-group` → `AwsEc2SecurityGroup`; other providers are `Other`. */
export function asffResourceType(type: string): string {
  if (!type.startsWith('aws.')) return 'Other';
  return type
    .split(/[.-]/)
    .map((p) => (p.length === 0 ? '' : p[0]!.toUpperCase() + p.slice(1)))
    .join('');
}

function complianceStatus(f: Finding): string {
  if (f.status === 'pass') return 'PASSED';
  if (f.status === 'fail' || f.status === 'muted') return 'FAILED';
  return 'NOT_AVAILABLE';
}

export function asffFinding(
  f: Finding,
  context: { scanId: string; time: string; options: AsffOptions; firstSeen?: string },
): Record<string, unknown> {
  const isAws = f.resource.provider === 'aws' && /^\d{12}$/.test(f.resource.account);
  const account = isAws ? f.resource.account : context.options.account;
  if (account === undefined)
    throw new UsageError(
      `--asff-account: findings on ${f.resource.provider} resources need the AWS account that imports them (e.g. --asff-account 123456789012)`,
    );
  const resourceRegion = /^[a-z]{2}(-[a-z]+)+-\d$/.test(f.resource.region) ? f.resource.region : undefined;
  const region = context.options.region ?? resourceRegion ?? 'us-east-1';
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  const related = Object.entries(f.compliance)
    .flatMap(([fw, ids]) => ids.map((id) => `${fw} ${id}`))
    .slice(0, ASFF_LIMITS.relatedRequirements);
  const tags = Object.fromEntries(
    Object.entries(f.resource.tags)
      .slice(0, ASFF_LIMITS.resourceTags)
      .map(([k, v]) => [cut(k, ASFF_LIMITS.tagKey), cut(v, ASFF_LIMITS.tagValue)]),
  );
  const productFields: Record<string, string> = {
    'parapet/ScanId': context.scanId,
    'parapet/RuleId': f.ruleId,
    'parapet/Provider': f.resource.provider,
    'parapet/ResourceType': f.resource.type,
    'parapet/Account': f.resource.account,
    'parapet/RiskScore': String(f.risk.score),
  };
  if (f.owner !== undefined) productFields['parapet/Owner'] = cut(f.owner, ASFF_LIMITS.productFieldValue);
  const evidence = JSON.stringify(f.evidence);
  if (evidence !== '{}') productFields['parapet/Evidence'] = cut(evidence, ASFF_LIMITS.productFieldValue);
  const resource: Record<string, unknown> = {
    Type: asffResourceType(f.resource.type),
    Id: cut(f.resource.uid, ASFF_LIMITS.id),
    Partition: partition,
    Region: region,
  };
  if (Object.keys(tags).length > 0) resource.Tags = tags;
  if (!isAws)
    resource.Details = {
      Other: {
        Provider: f.resource.provider,
        Name: cut(f.resource.name, ASFF_LIMITS.detailsOtherValue),
        Account: cut(f.resource.account, ASFF_LIMITS.detailsOtherValue),
        Region: cut(f.resource.region, ASFF_LIMITS.detailsOtherValue),
      },
    };
  const finding: Record<string, unknown> = {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: cut(`parapet/${f.id}`, ASFF_LIMITS.id),
    ProductArn: `arn:${partition}:securityhub:${region}:${account}:product/${account}/default`,
    ProductName: 'Parapet',
    CompanyName: 'Parapet',
    GeneratorId: cut(`parapet/${f.ruleId}`, ASFF_LIMITS.generatorId),
    AwsAccountId: account,
    Types: ['Software and Configuration Checks/Industry and Regulatory Standards'],
    CreatedAt: context.firstSeen ?? context.time,
    UpdatedAt: context.time,
    Severity: { Label: LABEL[f.severity], Original: f.severity },
    Title: cut(f.title, ASFF_LIMITS.title),
    Description: cut(f.message || f.title, ASFF_LIMITS.description),
    Remediation: {
      Recommendation: {
        Text: cut(f.remediation.text || 'See the rule documentation.', ASFF_LIMITS.recommendationText),
      },
    },
    ProductFields: productFields,
    Resources: [resource],
    Compliance: {
      Status: complianceStatus(f),
      SecurityControlId: f.ruleId,
      ...(related.length > 0 ? { RelatedRequirements: related } : {}),
    },
    Workflow: { Status: f.status === 'muted' ? 'SUPPRESSED' : f.status === 'pass' ? 'RESOLVED' : 'NEW' },
    RecordState: 'ACTIVE',
  };
  // A finding is at most 240 KB; the evidence is the only unbounded part, so drop it first.
  if (Buffer.byteLength(JSON.stringify(finding)) > ASFF_LIMITS.findingBytes)
    delete productFields['parapet/Evidence'];
  return finding;
}

const REQUIRED = [
  'SchemaVersion',
  'Id',
  'ProductArn',
  'GeneratorId',
  'AwsAccountId',
  'Types',
  'CreatedAt',
  'UpdatedAt',
  'Severity',
  'Title',
  'Description',
  'Resources',
] as const;

/** Problems that would make Security Hub reject the finding; empty when it is importable. */
export function asffProblems(f: Record<string, unknown>): string[] {
  const p: string[] = [];
  for (const k of REQUIRED) if (f[k] === undefined) p.push(`${k}: required`);
  const str = (k: string, max: number) => {
    const v = f[k];
    if (typeof v === 'string' && v.length > max) p.push(`${k}: longer than ${max}`);
  };
  str('Id', ASFF_LIMITS.id);
  str('GeneratorId', ASFF_LIMITS.generatorId);
  str('Title', ASFF_LIMITS.title);
  str('Description', ASFF_LIMITS.description);
  if (typeof f.AwsAccountId !== 'string' || !/^\d{12}$/.test(f.AwsAccountId))
    p.push('AwsAccountId: not 12 digits');
  if (
    typeof f.ProductArn !== 'string' ||
    !/^arn:aws(-cn|-us-gov)?:securityhub:[a-z0-9-]+:\d{12}:product\//.test(f.ProductArn)
  )
    p.push('ProductArn: not a Security Hub product ARN');
  for (const k of ['CreatedAt', 'UpdatedAt'])
    if (typeof f[k] !== 'string' || Number.isNaN(Date.parse(f[k]))) p.push(`${k}: not an ISO 8601 time`);
  const sev = f.Severity as { Label?: string } | undefined;
  if (!sev || !['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(sev.Label ?? ''))
    p.push('Severity.Label: invalid');
  const types = f.Types as string[] | undefined;
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => t.split('/').length > 3))
    p.push('Types: invalid');
  const resources = f.Resources as Record<string, unknown>[] | undefined;
  if (!Array.isArray(resources) || resources.length === 0 || resources.length > ASFF_LIMITS.resources)
    p.push('Resources: 1 to 32 required');
  for (const [i, r] of (resources ?? []).entries()) {
    for (const k of ['Type', 'Id'])
      if (typeof r[k] !== 'string' || r[k] === '') p.push(`Resources[${i}].${k}: required`);
    const tags = (r.Tags ?? {}) as Record<string, string>;
    if (Object.keys(tags).length > ASFF_LIMITS.resourceTags) p.push(`Resources[${i}].Tags: more than 50`);
    for (const [k, v] of Object.entries(tags))
      if (k.length > ASFF_LIMITS.tagKey || v.length > ASFF_LIMITS.tagValue)
        p.push(`Resources[${i}].Tags: too long`);
  }
  const c = f.Compliance as { Status?: string; RelatedRequirements?: string[] } | undefined;
  if (c) {
    if (!['PASSED', 'WARNING', 'FAILED', 'NOT_AVAILABLE'].includes(c.Status ?? ''))
      p.push('Compliance.Status: invalid');
    if ((c.RelatedRequirements?.length ?? 0) > ASFF_LIMITS.relatedRequirements)
      p.push('Compliance.RelatedRequirements: more than 32');
  }
  const w = f.Workflow as { Status?: string } | undefined;
  if (w && !['NEW', 'NOTIFIED', 'RESOLVED', 'SUPPRESSED'].includes(w.Status ?? ''))
    p.push('Workflow.Status: invalid');
  const pf = (f.ProductFields ?? {}) as Record<string, string>;
  if (Object.keys(pf).length > ASFF_LIMITS.productFields) p.push('ProductFields: more than 50');
  for (const [k, v] of Object.entries(pf))
    if (k.length > ASFF_LIMITS.productFieldKey || v.length > ASFF_LIMITS.productFieldValue)
      p.push(`ProductFields.${k}: too long`);
  const rec = (f.Remediation as { Recommendation?: { Text?: string } } | undefined)?.Recommendation?.Text;
  if (rec !== undefined && rec.length > ASFF_LIMITS.recommendationText)
    p.push('Remediation.Recommendation.Text: too long');
  if (Buffer.byteLength(JSON.stringify(f)) > ASFF_LIMITS.findingBytes) p.push('finding: larger than 240 KB');
  return p;
}

export async function renderScanAsff(
  report: ScanReport,
  out: Output,
  options: { now: Date } & AsffOptions,
): Promise<void> {
  const time = report.scan.finishedAt ?? options.now.toISOString();
  await out.write('[');
  let first = true;
  for await (const r of report.results()) {
    const rule = report.rules.get(r.ruleId);
    if (!atLeast(rule?.severity ?? r.severity, report.minSeverity)) continue;
    const f = toFinding(r, rule, report.compliance, report.governance);
    const context: Parameters<typeof asffFinding>[1] = { scanId: report.scan.id, time, options };
    if (r.firstSeen !== undefined) context.firstSeen = r.firstSeen;
    await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(asffFinding(f, context))}`);
    first = false;
  }
  await out.write(first ? ']\n' : '\n]\n');
}
