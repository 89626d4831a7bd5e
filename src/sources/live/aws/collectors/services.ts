/**
 * Account-level security services, per region: Security Hub (DescribeHub), IAM Access Analyzer (ListAnalyzers) and AWS Config recording (DescribeConfiguration-
 * Recorders and their status); and, once per account, who holds AWSSupportAccess and which IAM server
 * certificates exist. "Not subscribed" answers are a known "off"; other failures are gaps.
 */
import {
  AccessAnalyzerClient,
  paginateListAnalyzers,
  type AnalyzerSummary,
} from '@aws-sdk/client-accessanalyzer';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';
import {
  IAMClient,
  paginateListEntitiesForPolicy,
  paginateListServerCertificates,
} from '@aws-sdk/client-iam';
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import type { RegionScope } from '../scope.js';

/** A regional switch: on/off, or the reason it could not be read. */
export type Switch = boolean | { reason: string };

export async function securityHubEnabled(s: RegionScope): Promise<Switch> {
  const client = s.client('securityhub', (c) => new SecurityHubClient(c));
  const notOn = (code: string) => code === 'InvalidAccessException' || code === 'ResourceNotFoundException';
  const o = await s.call('securityhub', 'DescribeHub', () => client.send(new DescribeHubCommand({})), {
    quiet: (f) => notOn(f.code),
  });
  if (o.ok) return o.value.HubArn !== undefined;
  return notOn(o.failure.code) ? false : { reason: o.reason };
}

export async function accessAnalyzerEnabled(s: RegionScope): Promise<Switch> {
  const client = s.client('access-analyzer', (c) => new AccessAnalyzerClient(c));
  const o = await s.call('access-analyzer', 'ListAnalyzers', async () => {
    const out: AnalyzerSummary[] = [];
    for await (const page of paginateListAnalyzers({ client }, {})) out.push(...(page.analyzers ?? []));
    return out;
  });
  if (!o.ok) return { reason: o.reason };
  return o.value.some((a) => a.status === 'ACTIVE' && (a.type === 'ACCOUNT' || a.type === 'ORGANIZATION'));
}

export interface RecorderState {
  recording: boolean;
  allResourceTypes: boolean;
  includesGlobalTypes: boolean;
}

export async function configRecorder(s: RegionScope): Promise<RecorderState | { reason: string }> {
  const client = s.client('config', (c) => new ConfigServiceClient(c));
  const [recorders, status] = await Promise.all([
    s.call('config', 'DescribeConfigurationRecorders', () =>
      client.send(new DescribeConfigurationRecordersCommand({})),
    ),
    s.call('config', 'DescribeConfigurationRecorderStatus', () =>
      client.send(new DescribeConfigurationRecorderStatusCommand({})),
    ),
  ]);
  if (!recorders.ok) return { reason: recorders.reason };
  if (!status.ok) return { reason: status.reason };
  const out: RecorderState = { recording: false, allResourceTypes: false, includesGlobalTypes: false };
  for (const r of recorders.value.ConfigurationRecorders ?? []) {
    const st = (status.value.ConfigurationRecordersStatus ?? []).find((x) => x.name === r.name);
    if (st?.recording !== true) continue;
    out.recording = true;
    const g = r.recordingGroup;
    const all = g?.allSupported === true || g?.recordingStrategy?.useOnly === 'ALL_SUPPORTED_RESOURCE_TYPES';
    out.allResourceTypes ||= all;
    out.includesGlobalTypes ||= all && g?.includeGlobalResourceTypes === true;
  }
  return out;
}

/** Users, groups and roles with AWSSupportAccess (`role/support`), or the reason they could not be listed. */
export async function supportAccessEntities(s: RegionScope): Promise<string[] | { reason: string }> {
  const client = s.client('iam', (c) => new IAMClient(c));
  const PolicyArn = `arn:${s.partition}:iam::aws:policy/AWSSupportAccess`;
  const o = await s.call('iam', 'ListEntitiesForPolicy', async () => {
    const out: string[] = [];
    for await (const page of paginateListEntitiesForPolicy({ client }, { PolicyArn })) {
      for (const u of page.PolicyUsers ?? []) out.push(`user/${u.UserName ?? ''}`);
      for (const g of page.PolicyGroups ?? []) out.push(`group/${g.GroupName ?? ''}`);
      for (const r of page.PolicyRoles ?? []) out.push(`role/${r.RoleName ?? ''}`);
    }
    return out;
  });
  return o.ok ? o.value.sort() : { reason: o.reason };
}

/** IAM server certificates with their expiry, or the reason they could not be listed. */
export async function serverCertificates(
  s: RegionScope,
): Promise<{ name: string; expiresAt: string }[] | { reason: string }> {
  const client = s.client('iam', (c) => new IAMClient(c));
  const o = await s.call('iam', 'ListServerCertificates', async () => {
    const out: { name: string; expiresAt: string }[] = [];
    for await (const page of paginateListServerCertificates({ client }, {}))
      for (const c of page.ServerCertificateMetadataList ?? [])
        if (c.Expiration !== undefined)
          out.push({ name: c.ServerCertificateName ?? '', expiresAt: c.Expiration.toISOString() });
    return out;
  });
  return o.ok ? o.value : { reason: o.reason };
}
