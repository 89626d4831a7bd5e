/** Cloud KMS crypto keys: purpose, rotation schedule, primary version state, and the key's IAM policy. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { iamBindingSchema } from './iam-policy.js';

export const gcpKmsCryptoKey = defineAssetType({
  type: 'gcp.kms.crypto-key',
  provider: 'gcp',
  title: 'Cloud KMS crypto key',
  // CAI exports the key and its IAM policy as separate records; the inventory joins them by uid.
  mergeable: true,
  config: z.object({
    /** `ENCRYPT_DECRYPT`, `ASYMMETRIC_SIGN`, `ASYMMETRIC_DECRYPT`, `MAC`, ... */
    purpose: maybe(z.string()),
    /** Automatic rotation period in seconds; null when the key does not rotate automatically. */
    rotationPeriodSeconds: maybe(z.number().nullable()),
    /** Next scheduled rotation (ISO 8601); null when none is scheduled. */
    nextRotationTime: maybe(z.string().nullable()),
    /** State of the primary version (`ENABLED`, `DISABLED`, `DESTROYED`, ...); null for keys without one. */
    primaryState: maybe(z.string().nullable()),
    /** Role bindings of the key's IAM policy. */
    iamBindings: maybe(z.array(iamBindingSchema)),
  }),
});
