/**
 * DynamoDB Accelerator (DAX) clusters and FSx file systems, in their APIs' spelling. The AWS Config
 * resource types Parapet reads do not include them, so only the live collector produces these items
 * (see `LIVE_ONLY_TYPE_ASSETS`).
 */
import type { SourceRef } from '../../../../model/asset.js';
import type { ConfigItem } from '../item.js';
import { partitionOfItem } from './account.js';
import { asBool, asString, SectionReader } from './fields.js';
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

export function mapFsxFileSystem(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const id = asString(c.get('FileSystemId')) ?? item.resourceId;
  const uid =
    item.arn ??
    asString(c.get('ResourceARN')) ??
    `arn:${partitionOfItem(item)}:fsx:${item.region}:${item.accountId}:file-system/${id}`;
  const type = asString(c.get('FileSystemType'));
  const openZfs = (path: string) =>
    type !== 'OPENZFS' ? null : c.required(`OpenZFSConfiguration.${path}`, asBool);
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      fileSystemType: c.required('FileSystemType', asString),
      copyTagsToBackups: type === undefined ? c.missing('FileSystemType') : openZfs('CopyTagsToBackups'),
      copyTagsToVolumes: type === undefined ? c.missing('FileSystemType') : openZfs('CopyTagsToVolumes'),
    },
    [],
  );
  return [{ type: 'aws.fsx.file-system', candidate }];
}

export const daxFsxMappers: Record<string, ConfigItemMapper> = {
  'AWS::DAX::Cluster': mapDaxCluster,
  'AWS::FSx::FileSystem': mapFsxFileSystem,
};
