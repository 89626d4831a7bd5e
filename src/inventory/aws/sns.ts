/** SNS topics: encryption at rest, the topic access policy, delivery status logging. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const snsTopic = defineAssetType({
  type: 'aws.sns.topic',
  provider: 'aws',
  title: 'SNS topic',
  config: z.object({
    /** KMS key (id, alias or ARN) encrypting messages at rest; null when the topic is not encrypted. */
    kmsMasterKeyId: maybe(z.string().nullable()),
    /** The topic access policy; null when it has none. */
    policy: maybe(policyDocumentSchema.nullable()),
    /**
     * Protocols (`HTTP`, `SQS`, `Lambda`, `Application`, `Firehose`) whose delivery status is logged to
     * CloudWatch Logs (a success or failure feedback role is set).
     */
    deliveryStatusLogging: maybe(z.array(z.string())),
    /** Confirmed subscriptions (GetTopicAttributes `SubscriptionsConfirmed`): who the topic reaches. */
    confirmedSubscriptions: maybe(z.number().int().nonnegative()),
  }),
});

export const snsAssetTypes = [snsTopic] as const;
