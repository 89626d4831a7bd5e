/** DynamoDB tables (capacity mode and scaling, point-in-time recovery, deletion protection) and DAX clusters. */
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
    /** Whether the asset's tags are the table's tags (DescribeTable does not return them). */
    tagsRead: maybe(z.literal(true)),
    /**
     * Application Auto Scaling scalable targets registered for the table's read and write capacity
     * (AWS Config does not record them).
     */
    readCapacityAutoScaling: maybe(z.boolean()),
    writeCapacityAutoScaling: maybe(z.boolean()),
  }),
});

export const daxCluster = defineAssetType({
  type: 'aws.dax.cluster',
  provider: 'aws',
  title: 'DynamoDB Accelerator (DAX) cluster',
  config: z.object({
    /** Server-side encryption status: `ENABLED`, `ENABLING`, `DISABLED`, `DISABLING`. */
    sseStatus: maybe(z.string()),
    /** `TLS` or `NONE`. */
    endpointEncryptionType: maybe(z.string()),
  }),
});

export const dynamodbAssetTypes = [dynamodbTable, daxCluster] as const;
