/** AWS Backup recovery points: encryption at rest. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const backupRecoveryPoint = defineAssetType({
  type: 'aws.backup.recovery-point',
  provider: 'aws',
  title: 'AWS Backup recovery point',
  config: z.object({
    isEncrypted: maybe(z.boolean()),
    encryptionKeyArn: maybe(z.string().nullable()),
    backupVaultName: maybe(z.string().nullable()),
  }),
});

export const backupAssetTypes = [backupRecoveryPoint] as const;
