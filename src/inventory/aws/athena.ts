/** Athena workgroups: encryption of query results. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const athenaWorkGroup = defineAssetType({
  type: 'aws.athena.workgroup',
  provider: 'aws',
  title: 'Athena workgroup',
  config: z.object({
    /** `SSE_S3`, `SSE_KMS` or `CSE_KMS`; null when query results are not encrypted. */
    resultEncryption: maybe(z.string().nullable()),
    /** The workgroup's settings override the client's (so clients cannot turn encryption off). */
    enforceWorkGroupConfiguration: maybe(z.boolean()),
  }),
});

export const athenaAssetTypes = [athenaWorkGroup] as const;
