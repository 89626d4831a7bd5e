/** Kinesis data streams: server-side encryption. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const kinesisStream = defineAssetType({
  type: 'aws.kinesis.stream',
  provider: 'aws',
  title: 'Kinesis data stream',
  config: z.object({
    /** `KMS` or `NONE`. */
    encryptionType: maybe(z.string()),
    kmsKeyId: maybe(z.string().nullable()),
  }),
});

export const kinesisAssetTypes = [kinesisStream] as const;
