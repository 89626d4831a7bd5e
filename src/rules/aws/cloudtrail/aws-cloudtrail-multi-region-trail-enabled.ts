import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown } from '../../../model/unknown.js';
import type { AssetOf } from '../../../inventory/types.js';
import { defineRule, need } from '../../api.js';

type Trail = AssetOf<'aws.cloudtrail.trail'>;

/**
 * Whether one trail satisfies the requirement: `true`, the reasons it does not, or the gap that keeps
 * us from knowing. A known disqualifying fact wins over an unknown field.
 */
function judge(trail: Trail): true | { reasons: string[] } | { gap: UnknownFieldError } {
  const reasons: string[] = [];
  let gap: UnknownFieldError | undefined;
  const { multiRegion, isLogging, managementEvents } = trail.config;
  const noteGap = (field: string, reason: string) => {
    gap ??= new UnknownFieldError(field, `trail ${trail.name}: ${reason}`);
  };
  if (isUnknown(multiRegion)) noteGap('multiRegion', multiRegion.$unknown);
  else if (!multiRegion) reasons.push('single-region');
  if (isUnknown(isLogging)) noteGap('isLogging', isLogging.$unknown);
  else if (!isLogging) reasons.push('not logging');
  if (isUnknown(managementEvents)) noteGap('managementEvents', managementEvents.$unknown);
  else if (managementEvents !== 'all') reasons.push(`management events: ${managementEvents}`);
  if (reasons.length > 0) return { reasons };
  return gap === undefined ? true : { gap };
}

export const rule = defineRule({
  id: 'aws-cloudtrail-multi-region-trail-enabled',
  title: 'The account has a multi-region CloudTrail trail logging all management events',
  description:
    'CloudTrail is the record of who did what in the account. A multi-region trail that is logging and ' +
    'records read and write management events captures API activity in every region, including regions ' +
    'nobody uses (where an intruder might work unnoticed). Event history alone keeps only 90 days and ' +
    'cannot be protected or analysed like delivered logs.',
  severity: 'high',
  category: 'logging',
  aspects: ['logging'],
  assetTypes: ['aws.account'],
  requires: ['aws.cloudtrail.trail'],
  messages: {
    none: 'Account {{name}} has no CloudTrail trail',
    noneQualifies:
      'Account {{name}} has no multi-region CloudTrail trail logging all management events ({{trails}})',
  },
  remediation: {
    text:
      'Create a multi-region trail (or an organization trail from the management account) that records read ' +
      'and write management events, delivers to a protected S3 bucket, and is logging.',
    cli:
      'aws cloudtrail create-trail --name management-events --s3-bucket-name <bucket> --is-multi-region-trail --enable-log-file-validation\n' +
      'aws cloudtrail start-logging --name management-events',
    terraform:
      'resource "aws_cloudtrail" "this" {\n  name                          = "management-events"\n  s3_bucket_name                = aws_s3_bucket.trail.id\n  is_multi_region_trail         = true\n  include_global_service_events = true\n  enable_log_file_validation    = true\n  enable_logging                = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
  ],
  check(account, ctx) {
    // A multi-region trail is recorded once, in its home region: look across every region of the account.
    const trails = ctx.assets('aws.cloudtrail.trail', { account: account.account });
    const rejected: string[] = [];
    let gap: UnknownFieldError | undefined;
    for (const trail of trails) {
      const verdict = judge(trail);
      if (verdict === true) return ctx.pass({ trail: trail.uid });
      if ('gap' in verdict) gap ??= verdict.gap;
      else rejected.push(`${trail.name}: ${verdict.reasons.join(', ')}`);
    }
    if (gap !== undefined) throw gap;
    // Only a source that listed every trail can show that no qualifying trail exists.
    if (!need(account.config, 'trailsListed'))
      throw new UnknownFieldError('trailsListed', 'the source did not list every trail of the account');
    if (trails.length === 0) return ctx.fail('none', { name: account.name });
    return ctx.fail('noneQualifies', { name: account.name, trails: rejected.join('; ') });
  },
});
