/**
 * DynamoDB Accelerator (DAX) clusters, in the DAX API's spelling. AWS Config's resource types do not
 * include DAX, so only the live collector produces these items (see `LIVE_ONLY_TYPE_ASSETS`).
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asString, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

export function mapDaxCluster(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const name = asString(c.get('ClusterName')) ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('ClusterArn')) ??
    `arn:${partitionOfItem(item)}:dax:${item.region}:${item.accountId}:cache/${name}`;
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      sseStatus: c.required('SSEDescription.Status', asString),
      endpointEncryptionType: c.required('ClusterEndpointEncryptionType', asString),
    },
    [],
  );
  candidate.name = name;
  return [{ type: 'aws.dax.cluster', candidate }];
}

export const daxMappers: Record<string, ConfigItemMapper> = { 'AWS::DAX::Cluster': mapDaxCluster };
