/**
 * IAM service accounts and their keys. A service account's uid is
 * `//iam.googleapis.com/projects/<project-id>/serviceAccounts/<email>` (the IAM API accepts the email
 * wherever it accepts the unique id), so VMs, keys and policy members, which know the email, can point at it.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const gcpServiceAccount = defineAssetType({
  type: 'gcp.iam.service-account',
  provider: 'gcp',
  title: 'IAM service account',
  config: z.object({
    email: maybe(z.string()),
    uniqueId: maybe(z.string().nullable()),
    displayName: maybe(z.string().nullable()),
    disabled: maybe(z.boolean()),
  }),
});

export const gcpServiceAccountKey = defineAssetType({
  type: 'gcp.iam.service-account-key',
  provider: 'gcp',
  title: 'IAM service account key',
  config: z.object({
    /** `USER_MANAGED` (downloadable; the owner must rotate it) or `SYSTEM_MANAGED` (rotated by Google). */
    keyType: maybe(z.enum(['USER_MANAGED', 'SYSTEM_MANAGED'])),
    /** When the key became valid (its creation time), ISO 8601. */
    validAfterTime: maybe(z.string()),
    /** When the key stops being valid, ISO 8601. */
    validBeforeTime: maybe(z.string().nullable()),
    disabled: maybe(z.boolean()),
    /** Email of the service account the key belongs to. */
    serviceAccountEmail: maybe(z.string()),
    keyAlgorithm: maybe(z.string().nullable()),
  }),
});
