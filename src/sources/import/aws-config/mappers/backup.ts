/**
 * AWS Backup plans (AWS::Backup::BackupPlan: `BackupPlan.BackupPlanRule[]`, the CloudFormation
 * spelling) and their resource selections (AWS::Backup::BackupSelection: `BackupPlanId`, `SelectionId`,
 * `BackupSelection.{Resources, NotResources, ListOfTags, Conditions}`). The live collector builds the
 * same items from GetBackupPlan / GetBackupSelection.
 */
import type { SourceRef } from '../../../../model/asset.js';
import { unknown } from '../../../../model/unknown.js';
import type { ConfigItem } from '../item.js';
import { asBool, asInt, asString, asStrings, records, SectionReader } from './fields.js';
import { candidateFromItem, type ConfigItemMapper, type MappedCandidate } from './types.js';

const TAG_KEY_PREFIX = 'aws:ResourceTag/';

/** The ARN of a backup plan (AWS Config records it; selections name only the plan id). */
export function backupPlanArn(partition: string, region: string, account: string, planId: string): string {
  return `arn:${partition}:backup:${region}:${account}:backup-plan:${planId}`;
}

const partitionOf = (arn: string | undefined) => /^arn:([^:]+):/.exec(arn ?? '')?.[1] ?? 'aws';

export function mapBackupPlan(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const planId = asString(c.get('BackupPlanId')) ?? item.resourceId;
  const uid =
    item.arn ?? asString(c.get('BackupPlanArn')) ?? backupPlanArn('aws', item.region, item.accountId, planId);
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      planId,
      rules: c.list('BackupPlan.BackupPlanRule', (rules) =>
        rules.map((r) => ({
          ruleName: asString(r.RuleName) ?? '',
          scheduleExpression: asString(r.ScheduleExpression) ?? null,
          targetBackupVault: asString(r.TargetBackupVault) ?? null,
          deleteAfterDays:
            asInt((r.Lifecycle as Record<string, unknown> | undefined)?.DeleteAfterDays) ?? null,
          enableContinuousBackup: asBool(r.EnableContinuousBackup) === true,
        })),
      ),
    },
    [],
  );
  candidate.name = asString(c.get('BackupPlan.BackupPlanName')) ?? item.resourceName ?? planId;
  return [{ type: 'aws.backup.plan', candidate }];
}

/** `[{ConditionKey, ConditionValue}]` as tag conditions, the `aws:ResourceTag/` prefix taken off. */
function tagConditions(v: unknown): { key: string; value: string }[] {
  return records(v).map((r) => {
    const key = asString(r.ConditionKey) ?? '';
    return {
      key: key.startsWith(TAG_KEY_PREFIX) ? key.slice(TAG_KEY_PREFIX.length) : key,
      value: asString(r.ConditionValue) ?? '',
    };
  });
}

function criteriaOf(c: SectionReader): unknown {
  const s = 'BackupSelection';
  if (!c.has(s)) return c.missing(s);
  // AWS would read a selection naming nothing as "every resource"; a record that carries none of the
  // three may equally have left the tag conditions out, so it decides nothing.
  if (!['Resources', 'ListOfTags', 'Conditions'].some((k) => c.has(`${s}.${k}`)))
    return unknown(
      `the AWS Config record of the selection has none of ${s}.Resources, ListOfTags or Conditions`,
    );
  const conditions = (name: string) => tagConditions(c.get(`${s}.Conditions.${name}`));
  return {
    resources: asStrings(c.get(`${s}.Resources`)) ?? [],
    notResources: asStrings(c.get(`${s}.NotResources`)) ?? [],
    listOfTags: tagConditions(c.get(`${s}.ListOfTags`)),
    conditions: {
      stringEquals: conditions('StringEquals'),
      stringNotEquals: conditions('StringNotEquals'),
      stringLike: conditions('StringLike'),
      stringNotLike: conditions('StringNotLike'),
    },
  };
}

export function mapBackupSelection(item: ConfigItem, source: SourceRef): MappedCandidate[] {
  const c = new SectionReader(item.configuration);
  const planId = asString(c.get('BackupPlanId'));
  const selectionId = asString(c.get('SelectionId')) ?? item.resourceId;
  const uid =
    item.arn ??
    `${backupPlanArn(partitionOf(item.arn), item.region, item.accountId, planId ?? 'unknown')}/selection/${selectionId}`;
  const candidate = candidateFromItem(
    item,
    source,
    uid,
    {
      planId: planId ?? c.missing('BackupPlanId'),
      selectionId,
      criteria: criteriaOf(c),
    },
    [],
  );
  candidate.name = asString(c.get('BackupSelection.SelectionName')) ?? item.resourceName ?? selectionId;
  return [{ type: 'aws.backup.selection', candidate }];
}

export const backupMappers: Record<string, ConfigItemMapper> = {
  'AWS::Backup::BackupPlan': mapBackupPlan,
  'AWS::Backup::BackupSelection': mapBackupSelection,
};
