/**
 * AWS::MSK::Cluster (PascalCase, from the CloudFormation schema: `EncryptionInfo.EncryptionInTransit`,
 * `EnhancedMonitoring`); the live collector's ListClusters records (camelCase) read the same.
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

export function mapMskCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('ClusterName')) ?? item.resourceName ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('Arn')) ??
    asString(c.get('ClusterArn')) ??
    `arn:${partitionOfItem(item)}:kafka:${item.region}:${item.accountId}:cluster/${name}`;
  const transit = 'EncryptionInfo.EncryptionInTransit';
  const config = {
    clusterName: name,
    inClusterEncryption: c.required(`${transit}.InCluster`, asBool),
    clientBrokerEncryption: c.required(`${transit}.ClientBroker`, asString),
    enhancedMonitoring: c.required('EnhancedMonitoring', asString),
  };
  const base = candidateFromItem(item, source, uid, config, []);
  if (item.resourceName === undefined) base.name = name;
  return [{ type: 'aws.msk.cluster', candidate: base }];
}

export const mskMappers: Record<string, ConfigItemMapper> = {
  'AWS::MSK::Cluster': mapMskCluster,
};
