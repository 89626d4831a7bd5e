/** DynamoDB tables: capacity mode, point-in-time recovery, deletion protection. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const dynamodbTable = defineAssetType({
  type: 'aws.dynamodb.table',
  provider: 'aws',
  title: 'DynamoDB table',
  config: z.object({
    /** `PROVISIONED` or `PAY_PER_REQUEST`. */
    billingMode: maybe(z.string()),
    /** Continuous backups with point-in-time recovery. */
    pointInTimeRecovery: maybe(z.boolean()),
    deletionProtection: maybe(z.boolean()),
  }),
});

export const dynamodbAssetTypes = [dynamodbTable] as const;
