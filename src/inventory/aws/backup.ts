/**
 * AWS Backup: recovery points (encryption at rest), backup plans (their rules) and the resource
 * selections that assign resources to a plan. Which plans select a resource is decided by
 * `plansSelecting` in `backup-selection.ts` from the selections alone.
 */
import { z } from 'zod';
import { defineAssetType, maybe } from '../define.js';

export const backupRecoveryPoint = defineAssetType({
  type: 'aws.backup.recovery-point',
  provider: 'aws',
  title: 'AWS Backup recovery point',
  config: z.object({
    isEncrypted: maybe(z.boolean()),
    encryptionKeyArn: maybe(z.string().nullable()),
    backupVaultName: maybe(z.string().nullable()),
  }),
});

export const backupPlan = defineAssetType({
  type: 'aws.backup.plan',
  provider: 'aws',
  title: 'AWS Backup plan',
  config: z.object({
    planId: maybe(z.string()),
    /** The plan's rules: when it backs up, to which vault, and how long recovery points are kept. */
    rules: maybe(
      z.array(
        z.object({
          ruleName: z.string(),
          scheduleExpression: z.string().nullable(),
          targetBackupVault: z.string().nullable(),
          /** Days before a recovery point is deleted; null when it is kept until deleted by hand. */
          deleteAfterDays: z.number().nullable(),
          enableContinuousBackup: z.boolean(),
        }),
      ),
    ),
  }),
});

const tagCondition = z.object({ key: z.string(), value: z.string() });

/** What a selection assigns to its plan (AWS Backup's BackupSelection, with tag keys without `aws:ResourceTag/`). */
export const backupSelectionCriteria = z.object({
  /** ARN patterns (`*` matches any run of characters); any match selects. */
  resources: z.array(z.string()),
  /** ARN patterns excluded from the selection. */
  notResources: z.array(z.string()),
  /** Tag equalities; any match selects (OR). */
  listOfTags: z.array(tagCondition),
  /** Tag conditions that must all hold (AND). */
  conditions: z.object({
    stringEquals: z.array(tagCondition),
    stringNotEquals: z.array(tagCondition),
    stringLike: z.array(tagCondition),
    stringNotLike: z.array(tagCondition),
  }),
});
export type BackupSelectionCriteria = z.infer<typeof backupSelectionCriteria>;

export const backupSelection = defineAssetType({
  type: 'aws.backup.selection',
  provider: 'aws',
  title: 'AWS Backup resource selection',
  config: z.object({
    planId: maybe(z.string()),
    selectionId: maybe(z.string()),
    criteria: maybe(backupSelectionCriteria),
  }),
});

export const backupAssetTypes = [backupRecoveryPoint, backupPlan, backupSelection] as const;
