/** S3 access points: named network endpoints to a bucket, each with its own Block Public Access settings. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { publicAccessBlockSchema } from './s3.js';

export const s3AccessPoint = defineAssetType({
  type: 'aws.s3.access-point',
  provider: 'aws',
  title: 'S3 access point',
  config: z.object({
    bucket: maybe(z.string()),
    bucketAccountId: maybe(z.string().nullable()),
    /** `Internet` or `VPC`. */
    networkOrigin: maybe(z.string()),
    vpcId: maybe(z.string().nullable()),
    /** The access point's Block Public Access settings (fixed when it is created). */
    publicAccessBlock: maybe(publicAccessBlockSchema.nullable()),
  }),
});
