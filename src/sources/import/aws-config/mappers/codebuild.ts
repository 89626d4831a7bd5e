/**
 * AWS::CodeBuild::Project (camelCase, from the CodeBuild API: `source.location`,
 * `environment.privilegedMode`, `logsConfig.s3Logs`...). Secrets stop here: a source URL's user name,
 * password or token is masked (the asset keeps only the fact that there was one) and environment
 * variable values are dropped.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

/** `https://user:pass@host/x` → `https://***@host/x`, and whether there was anything to mask. */
export function maskedLocation(location: string): { location: string; credentialsInUrl: boolean } {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i.exec(location);
  if (m === null) return { location, credentialsInUrl: false };
  return { location: `${m[1]}***@${location.slice(m[0].length)}`, credentialsInUrl: true };
}

function sourceOf(s: Record<string, unknown>) {
  const location = asString(prop(s, 'location'));
  return {
    type: asString(prop(s, 'type')) ?? 'UNKNOWN',
    ...(location === undefined ? { location: null, credentialsInUrl: false } : maskedLocation(location)),
  };
}

/** `ENABLED`/`DISABLED` status of a log destination. */
function logStatus(c: SectionReader, path: string): unknown {
  return c.required(path, (v) => (v === 'ENABLED' ? true : v === 'DISABLED' ? false : undefined));
}

export function mapCodeBuildProject(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('name')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('arn')) ??
    `arn:${partitionOfItem(item)}:codebuild:${item.region}:${item.accountId}:project/${name}`;
  const primary = c.get('source');
  const s3Logs = logStatus(c, 'logsConfig.s3Logs.status');
  const config = {
    name,
    sources:
      primary === undefined
        ? c.missing('source')
        : [...records([primary]), ...records(c.get('secondarySources'))].map(sourceOf),
    environmentVariables: c.has('environment')
      ? records(c.get('environment.environmentVariables')).map((v) => ({
          name: asString(prop(v, 'name')) ?? '',
          type: asString(prop(v, 'type')) ?? 'PLAINTEXT',
        }))
      : c.missing('environment'),
    privilegedMode: c.required('environment.privilegedMode', asBool),
    cloudWatchLogsEnabled: logStatus(c, 'logsConfig.cloudWatchLogs.status'),
    s3LogsEnabled: s3Logs,
    s3LogsEncrypted:
      s3Logs === false
        ? null
        : s3Logs === true
          ? asBool(c.get('logsConfig.s3Logs.encryptionDisabled')) !== true
          : s3Logs,
    serviceRole: c.nullable('serviceRole', asString),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.codebuild.project', candidate: base }];
}

export const codeBuildMappers: Record<string, ConfigItemMapper> = {
  'AWS::CodeBuild::Project': mapCodeBuildProject,
};
