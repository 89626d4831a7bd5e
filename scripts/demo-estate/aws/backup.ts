/** AWS Backup plans and their resource selections (AWS::Backup::BackupPlan / BackupSelection items). */
import { hex } from '../ids.js';
import type { RegionEstate } from './region.js';

export interface SelectionSpec {
  name: string;
  resources?: string[];
  notResources?: string[];
  /** Tag equalities, any of which selects (ListOfTags). */
  tags?: Record<string, string>;
  /** Tag equalities that must all hold (Conditions.StringEquals). */
  where?: Record<string, string>;
}

const conditions = (tags: Record<string, string>) =>
  Object.entries(tags).map(([k, v]) => ({ ConditionKey: `aws:ResourceTag/${k}`, ConditionValue: v }));

/** A plan with one daily rule (kept `days` days) and its selections. */
export function backupPlan(r: RegionEstate, name: string, days: number, selections: SelectionSpec[]) {
  const planId = [8, 4, 4, 4, 12].map((n, i) => hex(r.seed(`backup-plan/${name}/${i}`), n)).join('-');
  const planArn = `arn:aws:backup:${r.region}:${r.account.id}:backup-plan:${planId}`;
  r.push({
    resourceType: 'AWS::Backup::BackupPlan',
    resourceId: planId,
    resourceName: name,
    arn: planArn,
    region: r.region,
    availabilityZone: 'Regional',
    createdAt: null,
    tags: {},
    relationships: [],
    configuration: {
      BackupPlanId: planId,
      BackupPlanArn: planArn,
      VersionId: hex(r.seed(`backup-plan/${name}/version`), 32),
      BackupPlan: {
        BackupPlanName: name,
        BackupPlanRule: [
          {
            RuleName: `${name}-daily`,
            TargetBackupVault: 'Default',
            ScheduleExpression: 'cron(0 3 ? * * *)',
            StartWindowMinutes: 60,
            CompletionWindowMinutes: 360,
            EnableContinuousBackup: false,
            Lifecycle: { DeleteAfterDays: days },
          },
        ],
      },
    },
    supplementary: {},
  });
  for (const s of selections) {
    const selectionId = hex(r.seed(`backup-selection/${name}/${s.name}`), 36);
    r.push({
      resourceType: 'AWS::Backup::BackupSelection',
      resourceId: selectionId,
      resourceName: s.name,
      arn: `${planArn}/selection/${selectionId}`,
      region: r.region,
      availabilityZone: 'Regional',
      createdAt: null,
      tags: {},
      relationships: [],
      configuration: {
        BackupPlanId: planId,
        SelectionId: selectionId,
        BackupSelection: {
          SelectionName: s.name,
          IamRoleArn: `arn:aws:iam::${r.account.id}:role/service-role/AWSBackupDefaultServiceRole`,
          Resources: s.resources ?? [],
          NotResources: s.notResources ?? [],
          ListOfTags: Object.entries(s.tags ?? {}).map(([k, v]) => ({
            ConditionType: 'STRINGEQUALS',
            ConditionKey: k,
            ConditionValue: v,
          })),
          Conditions: { StringEquals: conditions(s.where ?? {}) },
        },
      },
      supplementary: {},
    });
  }
}
