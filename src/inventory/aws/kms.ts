/** KMS keys: who manages them, what they are for, their state, rotation and key policy. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';
import { policyDocumentSchema } from './policy.js';

export const kmsKey = defineAssetType({
  type: 'aws.kms.key',
  provider: 'aws',
  title: 'KMS key',
  config: z.object({
    keyId: maybe(z.string()),
    /** `CUSTOMER` (customer managed) or `AWS` (AWS managed). */
    keyManager: maybe(z.string()),
    /** `SYMMETRIC_DEFAULT`, `RSA_2048`, `ECC_NIST_P256`, `HMAC_256`, ... */
    keySpec: maybe(z.string()),
    /** `ENCRYPT_DECRYPT`, `SIGN_VERIFY`, `GENERATE_VERIFY_MAC`, `KEY_AGREEMENT`. */
    keyUsage: maybe(z.string()),
    /** `Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`, `Unavailable`, ... */
    keyState: maybe(z.string()),
    /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
    origin: maybe(z.string()),
    multiRegion: maybe(z.boolean()),
    /** Automatic rotation of the key material. */
    rotationEnabled: maybe(z.boolean()),
    /** The key policy. */
    policy: maybe(policyDocumentSchema.nullable()),
  }),
});

export const kmsAssetTypes = [kmsKey] as const;
