/** Cloud Storage buckets: access model (uniform access, public access prevention, IAM), versioning, logging, retention, CMEK. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { iamBindingSchema } from './iam-policy.js';

export const gcpStorageBucket = defineAssetType({
  type: 'gcp.storage.bucket',
  provider: 'gcp',
  title: 'Cloud Storage bucket',
  // CAI exports the bucket and its IAM policy as separate records; the inventory joins them by uid.
  mergeable: true,
  config: z.object({
    /** Uniform bucket-level access (formerly "bucket policy only"): object ACLs are ignored. */
    uniformBucketLevelAccess: maybe(z.boolean()),
    /** `enforced`, `inherited` (follows the organisation policy) or `unspecified`. */
    publicAccessPrevention: maybe(z.string()),
    versioning: maybe(z.boolean()),
    /** Usage/storage log destination; null when access logging is off. */
    logging: maybe(z.object({ logBucket: z.string(), logObjectPrefix: z.string().nullable() }).nullable()),
    /** Retention policy; null when none is set. */
    retentionPolicy: maybe(
      z.object({ retentionPeriodSeconds: z.number(), isLocked: z.boolean() }).nullable(),
    ),
    /** Default Cloud KMS key for new objects; null when Google-managed encryption is used. */
    defaultKmsKeyName: maybe(z.string().nullable()),
    /** Role bindings of the bucket's IAM policy. */
    iamBindings: maybe(z.array(iamBindingSchema)),
  }),
});
