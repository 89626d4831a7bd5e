/**
 * AWS::DMS::ReplicationInstance (PascalCase, from the CloudFormation schema); the live collector's
 * DescribeReplicationInstances records (camelCase) read the same, since lookups ignore case.
 */
import type { Relation, SourceRef } from '../../../../model/asset.js';
import { isKmsKeyArn } from '../../../../inventory/aws/arn.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, SectionReader } from './fields.js';
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

export const dmsMappers: Record<string, ConfigItemMapper> = {
  'AWS::DMS::ReplicationInstance': mapReplicationInstance,
};
