/**
 * Amazon FSx file systems of one region (DescribeFileSystems): for OpenZFS, whether tags are copied to
 * backups and volumes. Live-only items (not among the AWS Config types Parapet imports).
 */
import { FSxClient, paginateDescribeFileSystems, type FileSystem } from '@aws-sdk/client-fsx';
import type { RegionScope } from '../scope.js';
import { tagMap } from '../shape.js';

export async function collectFsx(s: RegionScope): Promise<string[]> {
  const client = s.client('fsx', (c) => new FSxClient(c));
  const systems = await s.call('fsx', 'DescribeFileSystems', async () => {
    const out: FileSystem[] = [];
    for await (const page of paginateDescribeFileSystems({ client }, {}))
      out.push(...(page.FileSystems ?? []));
    return out;
  });
  if (!systems.ok) return [];
  for (const fs of systems.value) {
    const id = fs.FileSystemId ?? '';
    const zfs = fs.OpenZFSConfiguration;
    s.item({
      resourceType: 'AWS::FSx::FileSystem',
      resourceId: id,
      resourceName: tagMap(fs.Tags).Name ?? id,
      ...(fs.ResourceARN === undefined ? {} : { arn: fs.ResourceARN }),
      awsRegion: s.region,
      tags: tagMap(fs.Tags),
      configuration: {
        FileSystemId: id,
        FileSystemType: fs.FileSystemType,
        ...(zfs === undefined
          ? {}
          : {
              // The API leaves out settings that were never turned on.
              OpenZFSConfiguration: {
                CopyTagsToBackups: zfs.CopyTagsToBackups === true,
                CopyTagsToVolumes: zfs.CopyTagsToVolumes === true,
              },
            }),
      },
    });
  }
  return ['aws.fsx.file-system'];
}
