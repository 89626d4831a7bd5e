/** Secrets Manager secrets: rotation, when they were last rotated and last used. */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const secretsManagerSecret = defineAssetType({
  type: 'aws.secretsmanager.secret',
  provider: 'aws',
  title: 'Secrets Manager secret',
  config: z.object({
    rotationEnabled: maybe(z.boolean()),
    /** Days between scheduled rotations; null when no rotation schedule in days is set. */
    rotationIntervalDays: maybe(z.number().nullable()),
    /** ISO time of the last rotation; null when the secret was never rotated. */
    lastRotatedAt: maybe(z.string().nullable()),
    /** ISO date the secret was last read; null when it never was. */
    lastAccessedAt: maybe(z.string().nullable()),
    createdAt: maybe(z.string().nullable()),
  }),
});

export const secretsManagerAssetTypes = [secretsManagerSecret] as const;
