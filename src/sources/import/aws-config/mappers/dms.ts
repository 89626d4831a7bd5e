/**
 * AWS::DMS::ReplicationInstance, AWS::DMS::Endpoint and AWS::DMS::ReplicationTask (PascalCase, from the
 * CloudFormation schema); the live collector's Describe* records (camelCase) read the same, since
 * lookups ignore case. A task's settings are a JSON document (`ReplicationTaskSettings`).
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import { isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, prop, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

export function mapReplicationInstance(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('ReplicationInstanceIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('ReplicationInstanceArn')) ??
    `arn:${partitionOfItem(item)}:dms:${item.region}:${item.accountId}:rep:${item.resourceId}`;
  const config = {
    replicationInstanceIdentifier: id,
    publiclyAccessible: c.required('PubliclyAccessible', asBool),
    autoMinorVersionUpgrade: c.required('AutoMinorVersionUpgrade', asBool),
    multiAZ: c.required('MultiAZ', asBool),
    kmsKeyId: c.nullable('KmsKeyId', asString),
  };
  const relations: Relation[] = [];
  const key = asString(config.kmsKeyId);
  if (isKmsKeyArn(key)) relations.push({ kind: 'encrypted-by', target: key });
  const base = candidateFromItem(item, source, uid, config, relations);
  if (item.resourceName === undefined) base.name = id;
  return [{ type: 'aws.dms.replication-instance', candidate: base }];
}

export function mapDmsEndpoint(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('EndpointIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('EndpointArn')) ??
    `arn:${partitionOfItem(item)}:dms:${item.region}:${item.accountId}:endpoint:${item.resourceId}`;
  const lower = (v: unknown) => asString(v)?.toLowerCase();
  const base = candidateFromItem(
    item,
    source,
    uid,
    {
      endpointType: c.required('EndpointType', lower),
      engineName: c.required('EngineName', lower),
      sslMode: c.required('SslMode', lower),
    },
    [],
  );
  base.name = id;
  return [{ type: 'aws.dms.endpoint', candidate: base }];
}

/** `Logging` of a task's settings (a JSON text or an object): whether it logs, and each component's severity. */
function taskLogging(c: SectionReader): { loggingEnabled: unknown; logComponents: unknown } {
  const raw = c.get('ReplicationTaskSettings');
  if (raw === undefined || raw === null) {
    const gap = c.missing('ReplicationTaskSettings');
    return { loggingEnabled: gap, logComponents: gap };
  }
  let settings: unknown = raw;
  if (typeof raw === 'string') {
    try {
      settings = JSON.parse(raw) as unknown;
    } catch {
      const gap = unknown('ReplicationTaskSettings is not a JSON document');
      return { loggingEnabled: gap, logComponents: gap };
    }
  }
  const logging = prop(settings, 'Logging');
  const logComponents: Record<string, string> = {};
  for (const r of records(prop(logging, 'LogComponents'))) {
    const id = asString(r.Id);
    const severity = asString(r.Severity);
    if (id !== undefined && severity !== undefined) logComponents[id] = severity;
  }
  return { loggingEnabled: asBool(prop(logging, 'EnableLogging')) === true, logComponents };
}

export function mapDmsReplicationTask(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('ReplicationTaskIdentifier')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('ReplicationTaskArn')) ??
    `arn:${partitionOfItem(item)}:dms:${item.region}:${item.accountId}:task:${item.resourceId}`;
  const base = candidateFromItem(item, source, uid, taskLogging(c), []);
  base.name = id;
  return [{ type: 'aws.dms.replication-task', candidate: base }];
}

export const dmsMappers: Record<string, ConfigItemMapper> = {
  'AWS::DMS::ReplicationInstance': mapReplicationInstance,
  'AWS::DMS::Endpoint': mapDmsEndpoint,
  'AWS::DMS::ReplicationTask': mapDmsReplicationTask,
};
