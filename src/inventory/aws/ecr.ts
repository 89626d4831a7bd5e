/** ECR private repositories: scan on push, tag immutability, lifecycle policy, encryption. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const ecrRepository = defineAssetType({
  type: 'aws.ecr.repository',
  provider: 'aws',
  title: 'ECR repository',
  config: z.object({
    /** Images are scanned for vulnerabilities when pushed (the repository's basic scanning setting). */
    scanOnPush: maybe(z.boolean()),
    /**
     * How images are actually scanned once the registry's scanning configuration (enhanced scanning
     * rules) is applied: `SCAN_ON_PUSH`, `CONTINUOUS_SCAN` or `MANUAL`.
     */
    scanFrequency: maybe(z.string().nullable()),
    /** `MUTABLE`, `IMMUTABLE`, or their `_WITH_EXCLUSION` variants. */
    imageTagMutability: maybe(z.string()),
    /** The repository has a lifecycle policy. */
    lifecyclePolicy: maybe(z.boolean()),
    /** `AES256`, `KMS` or `KMS_DSSE`. */
    encryptionType: maybe(z.string().nullable()),
  }),
});

export const ecrAssetTypes = [ecrRepository] as const;
