/**
 * S3 buckets: exposure (public access block, ACL, policy), encryption, versioning, logging, and the
 * data-management settings (lifecycle, event notifications, replication).
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const s3Grant = z.object({
  /** `CanonicalUser` (id), `Group` (uri, e.g. http://acs.amazonaws.com/groups/global/AllUsers), `AmazonCustomerByEmail`. */
  granteeType: z.string(),
  grantee: z.string(),
  permission: z.string(),
});

export const publicAccessBlockSchema = z.object({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
});

export const s3Bucket = defineAssetType({
  type: 'aws.s3.bucket',
  provider: 'aws',
  title: 'S3 bucket',
  config: z.object({
    /** Bucket-level public access block; null when none is configured. */
    publicAccessBlock: maybe(publicAccessBlockSchema.nullable()),
    /** ACL grants. */
    acl: maybe(z.array(s3Grant)),
    /** Bucket policy; null when the bucket has none. */
    policy: maybe(policyDocumentSchema.nullable()),
    /** Default encryption; null when none is configured. `sseAlgorithm`: AES256 | aws:kms | aws:kms:dsse. */
    encryption: maybe(
      z
        .object({
          sseAlgorithm: z.string(),
          kmsKeyId: z.string().nullable(),
          bucketKeyEnabled: z.boolean().nullable(),
        })
        .nullable(),
    ),
    /** `Enabled`, `Suspended`, or `Off` (never enabled). */
    versioning: maybe(z.enum(['Enabled', 'Suspended', 'Off'])),
    mfaDelete: maybe(z.boolean()),
    /** Server access logging target; null when logging is off. */
    logging: maybe(z.object({ targetBucket: z.string(), targetPrefix: z.string() }).nullable()),
    objectLockEnabled: maybe(z.boolean()),
    /** Lifecycle rules (`status` `Enabled` or `Disabled`); empty when the bucket has no lifecycle configuration. */
    lifecycleRules: maybe(z.array(z.object({ id: z.string().nullable(), status: z.string() }))),
    /**
     * Event notification destinations configured: `topic`, `queue`, `lambda`, `eventbridge` (one entry
     * per configuration); empty when none.
     */
    eventNotifications: maybe(z.array(z.enum(['topic', 'queue', 'lambda', 'eventbridge']))),
    /**
     * Replication rules; empty when the bucket has no replication configuration. `destinationBucket`
     * is the destination bucket's ARN (`arn:aws:s3:::name`), which does not say its region.
     */
    replicationRules: maybe(
      z.array(
        z.object({ id: z.string().nullable(), status: z.string(), destinationBucket: z.string().nullable() }),
      ),
    ),
  }),
});
