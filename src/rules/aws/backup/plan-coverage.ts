/**
 * The verdict of a "covered by a backup plan" rule (RDS.26, DynamoDB.4, EC2.28, EFS.2): the AWS Backup
 * selections of the resource's account and region, judged by `plansSelecting`. A selection that cannot
 * be decided makes the result unknown; so does finding no plan where the sources do not show that
 * selections were read completely. AWS's optional parameters (a locked vault, minimum retention or
 * frequency) are not applied: the controls' defaults do not set them.
 */
import type { AnyAsset } from '../../../model/asset.js';
import { isUnknown } from '../../../model/unknown.js';
import { plansSelecting } from '../../../inventory/aws/backup-selection.js';
import type { RuleContext, Verdict } from '../../api.js';

export function backupPlanVerdict<M extends string>(
  resource: AnyAsset,
  ctx: RuleContext<M>,
  none: M,
): Verdict<M> {
  const scope = { account: resource.account, region: resource.region };
  const selections = ctx.assets('aws.backup.selection', scope).map((s) => ({
    planId: isUnknown(s.config.planId) ? s.name : s.config.planId,
    name: s.name,
    criteria: isUnknown(s.config.criteria) ? { reason: s.config.criteria.$unknown } : s.config.criteria,
  }));
  // A source that could not read a resource's tags says so in its `tagsRead` field.
  const tagsRead = resource.config.tagsRead;
  const tagsReason = isUnknown(tagsRead) ? tagsRead.$unknown : undefined;
  const coverage = plansSelecting(
    resource.uid,
    tagsReason === undefined ? resource.tags : undefined,
    tagsReason,
    selections,
  );
  if (coverage.plans.length > 0) return ctx.pass({ backupPlans: coverage.plans });
  const undecided = coverage.undecided[0];
  if (undecided !== undefined) return ctx.unknown(`backup selection ${undecided.name}`, undecided.reason);
  if (!ctx.covered('aws.backup.selection', scope))
    return ctx.unknown(
      'backup plans',
      `the sources do not show the AWS Backup plans' resource selections in ${resource.account}/${resource.region} ` +
        '(none there, and no AWS Config recorder item saying AWS::Backup::BackupSelection is recorded)',
    );
  return ctx.fail(none, { name: resource.name });
}
