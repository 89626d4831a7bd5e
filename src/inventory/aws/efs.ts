/** EFS file systems (encryption at rest, automatic backups) and access points (root directory, POSIX user). */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const efsFileSystem = defineAssetType({
  type: 'aws.efs.file-system',
  provider: 'aws',
  title: 'EFS file system',
  config: z.object({
    encrypted: maybe(z.boolean()),
    kmsKeyId: maybe(z.string().nullable()),
    /** Automatic backups: `ENABLED`, `ENABLING`, `DISABLED`, `DISABLING`. */
    backupPolicyStatus: maybe(z.string().nullable()),
  }),
});

export const efsAccessPoint = defineAssetType({
  type: 'aws.efs.access-point',
  provider: 'aws',
  title: 'EFS access point',
  config: z.object({
    fileSystemId: maybe(z.string().nullable()),
    /** The directory clients are confined to; null or `/` when the access point exposes the whole file system. */
    rootDirectoryPath: maybe(z.string().nullable()),
    /** The POSIX user every request is made as; null when clients choose their own identity. */
    posixUser: maybe(z.object({ uid: z.string(), gid: z.string() }).nullable()),
  }),
});

export const efsAssetTypes = [efsFileSystem, efsAccessPoint] as const;
