/** SQS queues: server-side encryption (SSE-KMS or SSE-SQS) and the queue access policy. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const sqsQueue = defineAssetType({
  type: 'aws.sqs.queue',
  provider: 'aws',
  title: 'SQS queue',
  config: z.object({
    /** KMS key of SSE-KMS; null when the queue does not use SSE-KMS. */
    kmsMasterKeyId: maybe(z.string().nullable()),
    /** SSE-SQS (SQS managed keys). */
    sqsManagedSseEnabled: maybe(z.boolean()),
    /** The queue access policy; null when it has none. */
    policy: maybe(policyDocumentSchema.nullable()),
  }),
});

export const sqsAssetTypes = [sqsQueue] as const;
