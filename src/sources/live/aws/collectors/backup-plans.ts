/**
 * AWS Backup plans of one region and their resource selections (ListBackupPlans → GetBackupPlan;
 * ListBackupSelections → GetBackupSelection), each as the AWS Config item of its type, so the
 * "covered by a backup plan" rules judge live and imported estates alike. A plan or selection whose
 * details cannot be read is still listed, with the unread fields as gaps; selections count as
 * completely listed only when every plan's selections were listed.
 */
import {
  BackupClient,
  GetBackupPlanCommand,
  GetBackupSelectionCommand,
  paginateListBackupPlans,
  paginateListBackupSelections,
  type BackupPlansListMember,
  type BackupSelectionsListMember,
  type Condition,
  type ConditionParameter,
} from '@aws-sdk/client-backup';
import type { RegionScope } from '../scope.js';

/** ListOfTags entries in the record's spelling. */
const listOfTags = (tags: readonly Condition[] | undefined) =>
  (tags ?? []).map((t) => ({
    ConditionType: t.ConditionType,
    ConditionKey: t.ConditionKey,
    ConditionValue: t.ConditionValue,
  }));
const parameters = (ps: readonly ConditionParameter[] | undefined) =>
  (ps ?? []).map((p) => ({ ConditionKey: p.ConditionKey, ConditionValue: p.ConditionValue }));

export async function collectBackupPlans(s: RegionScope): Promise<string[]> {
  const client = s.client('backup', (c) => new BackupClient(c));
  const plans = await s.call('backup', 'ListBackupPlans', async () => {
    const out: BackupPlansListMember[] = [];
    for await (const page of paginateListBackupPlans({ client }, {}))
      out.push(...(page.BackupPlansList ?? []));
    return out;
  });
  if (!plans.ok) return [];
  let selectionsListed = true;
  await Promise.all(
    plans.value.map(async (p) => {
      const BackupPlanId = p.BackupPlanId ?? '';
      const [plan, selections] = await Promise.all([
        s.call('backup', 'GetBackupPlan', () => client.send(new GetBackupPlanCommand({ BackupPlanId }))),
        s.call('backup', 'ListBackupSelections', async () => {
          const out: BackupSelectionsListMember[] = [];
          for await (const page of paginateListBackupSelections({ client }, { BackupPlanId }))
            out.push(...(page.BackupSelectionsList ?? []));
          return out;
        }),
      ]);
      const rules = plan.ok ? (plan.value.BackupPlan?.Rules ?? []) : [];
      s.item(
        {
          resourceType: 'AWS::Backup::BackupPlan',
          resourceId: BackupPlanId,
          resourceName: p.BackupPlanName ?? BackupPlanId,
          ...(p.BackupPlanArn === undefined ? {} : { arn: p.BackupPlanArn }),
          awsRegion: s.region,
          configuration: {
            BackupPlanId,
            BackupPlanArn: p.BackupPlanArn,
            VersionId: p.VersionId,
            BackupPlan: {
              BackupPlanName: p.BackupPlanName,
              BackupPlanRule: rules.map((r) => ({
                RuleName: r.RuleName,
                TargetBackupVault: r.TargetBackupVaultName,
                ScheduleExpression: r.ScheduleExpression,
                EnableContinuousBackup: r.EnableContinuousBackup === true,
                ...(r.Lifecycle?.DeleteAfterDays === undefined
                  ? {}
                  : { Lifecycle: { DeleteAfterDays: r.Lifecycle.DeleteAfterDays } }),
              })),
            },
          },
        },
        plan.ok ? {} : { rules: plan.reason },
      );
      if (!selections.ok) {
        selectionsListed = false;
        return;
      }
      await Promise.all(
        selections.value.map(async (sel) => {
          const SelectionId = sel.SelectionId ?? '';
          const got = await s.call('backup', 'GetBackupSelection', () =>
            client.send(new GetBackupSelectionCommand({ BackupPlanId, SelectionId })),
          );
          const b = got.ok ? got.value.BackupSelection : undefined;
          s.item(
            {
              resourceType: 'AWS::Backup::BackupSelection',
              resourceId: SelectionId,
              resourceName: sel.SelectionName ?? SelectionId,
              awsRegion: s.region,
              configuration: {
                BackupPlanId,
                SelectionId,
                BackupSelection: {
                  SelectionName: sel.SelectionName,
                  IamRoleArn: sel.IamRoleArn,
                  // The API answers with every list, empty ones included: a complete record.
                  ...(b === undefined
                    ? {}
                    : {
                        Resources: b.Resources ?? [],
                        NotResources: b.NotResources ?? [],
                        ListOfTags: listOfTags(b.ListOfTags),
                        Conditions: {
                          StringEquals: parameters(b.Conditions?.StringEquals),
                          StringNotEquals: parameters(b.Conditions?.StringNotEquals),
                          StringLike: parameters(b.Conditions?.StringLike),
                          StringNotLike: parameters(b.Conditions?.StringNotLike),
                        },
                      }),
                },
              },
            },
            got.ok ? {} : { criteria: got.reason },
          );
        }),
      );
    }),
  );
  return ['aws.backup.plan', ...(selectionsListed ? ['aws.backup.selection'] : [])];
}
