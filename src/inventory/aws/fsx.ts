/** Amazon FSx file systems: for OpenZFS, whether tags are copied to backups and volumes. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const fsxFileSystem = defineAssetType({
  type: 'aws.fsx.file-system',
  provider: 'aws',
  title: 'FSx file system',
  config: z.object({
    /** `OPENZFS`, `LUSTRE`, `WINDOWS` or `ONTAP`. */
    fileSystemType: maybe(z.string()),
    /** OpenZFS only (null for other types): tags are copied to backups. */
    copyTagsToBackups: maybe(z.boolean().nullable()),
    /** OpenZFS only (null for other types): tags are copied to volumes. */
    copyTagsToVolumes: maybe(z.boolean().nullable()),
  }),
});

export const fsxAssetTypes = [fsxFileSystem] as const;
