/**
 * Secrets, certificates and Systems Manager: AWS::SecretsManager::Secret (DescribeSecret's members),
 * AWS::ACM::Certificate (camelCase, DescribeCertificate), AWS::SSM::Document, and the compliance
 * records AWS::SSM::PatchCompliance / AWS::SSM::AssociationCompliance (`AWS:ComplianceItem.Content`:
 * one entry per patch or association with its `Status`).
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { isRecord } from '../../json-file.js';
import type { ConfigItem } from '../item.js';
import { regionalArn } from './app-common.js';
import { asBool, asNumber, asString, prop, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** An ISO time from ISO text or epoch seconds (how some records write dates). */
function asIsoTime(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(v * 1000).toISOString();
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

export function mapSecret(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? asString(c.get('ARN')) ?? regionalArn(item, 'secretsmanager', `secret:${name}`);
  // DescribeSecret leaves out the dates of what never happened; a record that carries the creation
  // date is DescribeSecret-shaped, so there an absent rotation or access date means "never".
  const dated = c.has('CreatedDate');
  const date = (path: string) =>
    c.has(path)
      ? c.nullable(path, asIsoTime)
      : dated
        ? null
        : unknown(`AWS Config did not record configuration.${path} for this secret`);
  const rotationEnabled = c.has('RotationEnabled')
    ? c.required('RotationEnabled', asBool)
    : dated
      ? false
      : c.missing('RotationEnabled');
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      rotationEnabled,
      rotationIntervalDays: c.has('RotationRules.AutomaticallyAfterDays')
        ? c.nullable('RotationRules.AutomaticallyAfterDays', asNumber)
        : rotationEnabled === true && !c.has('RotationRules')
          ? c.missing('RotationRules')
          : null,
      lastRotatedAt: date('LastRotatedDate'),
      lastAccessedAt: date('LastAccessedDate'),
      createdAt: date('CreatedDate'),
    },
    [],
  );
  candidate.name = name;
  return [{ type: 'aws.secretsmanager.secret', candidate }];
}

export function mapAcmCertificate(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const uid = item.arn ?? asString(c.get('certificateArn')) ?? item.resourceId;
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      keyAlgorithm: c.nullable('keyAlgorithm', asString),
      status: c.required('status', asString),
      certificateType: c.nullable('type', asString),
      notAfter: c.has('notAfter') || !c.has('status') ? c.nullable('notAfter', asIsoTime) : null,
    },
    [],
  );
  candidate.name = asString(c.get('domainName')) ?? item.resourceName ?? item.resourceId;
  return [{ type: 'aws.acm.certificate', candidate }];
}

export function mapSsmDocument(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('Name')) ?? item.resourceName ?? item.resourceId;
  const uid = item.arn ?? regionalArn(item, 'ssm', `document/${name}`);
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      documentType: c.nullable('DocumentType', asString),
      sharedWith: unknown(
        'AWS Config does not record who a document is shared with (ssm:DescribeDocumentPermission)',
      ),
    },
    [],
  );
  candidate.name = name;
  return [{ type: 'aws.ssm.document', candidate }];
}

/** Ids of the NON_COMPLIANT entries of `Content`, however deeply the record nests them. */
function nonCompliant(content: unknown, depth = 0): string[] {
  if (!isRecord(content) || depth > 3) return [];
  const out: string[] = [];
  for (const [id, entry] of Object.entries(content)) {
    const status = asString(prop(entry, 'Status'));
    if (status !== undefined) {
      if (status.toUpperCase() === 'NON_COMPLIANT') out.push(id);
    } else out.push(...nonCompliant(entry, depth + 1));
  }
  return out.sort();
}

function complianceMapper(complianceType: 'Patch' | 'Association'): ConfigItemMapper {
  return (item, source) => {
    const c = new SectionReader(item.configuration);
    const related = item.relationships.find((r) => /^m?i-[0-9a-f]+$/.test(r.resourceId ?? ''));
    const instanceId = related?.resourceId ?? item.resourceId.split('/').pop() ?? item.resourceId;
    const content = c.get('AWS:ComplianceItem.Content');
    const uid = regionalArn(item, 'ssm', `managed-instance/${instanceId}/compliance/${complianceType}`);
    const candidate = candidateFromItem(
      item,
      source,
      uid,
      {
        instanceId,
        complianceType,
        nonCompliantItems:
          content === undefined ? c.missing('AWS:ComplianceItem.Content') : nonCompliant(content),
      },
      [],
    );
    candidate.name = `${instanceId} ${complianceType.toLowerCase()} compliance`;
    return [{ type: 'aws.ssm.instance-compliance', candidate }];
  };
}

export const secretsMappers: Record<string, ConfigItemMapper> = {
  'AWS::SecretsManager::Secret': mapSecret,
  'AWS::ACM::Certificate': mapAcmCertificate,
  'AWS::SSM::Document': mapSsmDocument,
  'AWS::SSM::PatchCompliance': complianceMapper('Patch'),
  'AWS::SSM::AssociationCompliance': complianceMapper('Association'),
};
