/** Test fixtures: AWS Backup resource selections, for the "covered by a backup plan" rules. */
import type { BackupSelectionCriteria } from '../../../inventory/aws/backup.js';
import type { Unknown } from '../../../model/unknown.js';
import { assetOf } from '../../testing/builders.js';

/** Criteria that select nothing until a test says what. */
export const noCriteria: BackupSelectionCriteria = {
  resources: [],
  notResources: [],
  listOfTags: [],
  conditions: { stringEquals: [], stringNotEquals: [], stringLike: [], stringNotLike: [] },
};

/** A selection of plan `daily` in 111122223333/us-east-1 (the builders' default account and region). */
export function selection(
  criteria: Partial<BackupSelectionCriteria> | Unknown,
  base: { name?: string; region?: string; planId?: string } = {},
) {
  const name = base.name ?? 'daily-all';
  return assetOf(
    'aws.backup.selection',
    {
      planId: base.planId ?? 'daily',
      selectionId: `sel-${name}`,
      criteria: '$unknown' in criteria ? criteria : { ...noCriteria, ...criteria },
    },
    {
      name,
      uid: `arn:aws:backup:${base.region ?? 'us-east-1'}:111122223333:backup-plan:${base.planId ?? 'daily'}/selection/sel-${name}`,
      ...(base.region === undefined ? {} : { region: base.region }),
    },
  );
}

/** Tag conditions with `aws:ResourceTag/` already taken off the key. */
export const tag = (key: string, value: string) => ({ key, value });
