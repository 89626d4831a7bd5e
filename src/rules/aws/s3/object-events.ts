/**
 * Whether a bucket's object-level read or write events (S3 data events) reach a CloudTrail trail of
 * its account (CIS AWS 4.8/4.9): a trail that is logging, records events of the bucket's region
 * (multi-region, or homed there), and whose selectors log every such event of the bucket. A known
 * covering trail passes; otherwise an unreadable trail keeps the verdict unknown, and only a source
 * that listed every trail of the account can show that none covers the bucket.
 */
import { UnknownFieldError } from '../../../model/errors.js';
import { isUnknown } from '../../../model/unknown.js';
import { s3ObjectCoverage } from '../../../inventory/aws/trail-selectors.js';
import type { AssetOf } from '../../../inventory/types.js';
import type { RuleContext, Verdict } from '../../api.js';

type Bucket = AssetOf<'aws.s3.bucket'>;
type Trail = AssetOf<'aws.cloudtrail.trail'>;
export type ObjectEventMessages = 'none' | 'notLogged';

/** The bucket's ARN: its uid for a deployed bucket, built from its name for IaC. */
function bucketArn(bucket: Bucket): string {
  return bucket.uid.startsWith('arn:') ? bucket.uid : `arn:aws:s3:::${bucket.name}`;
}

/** `{ selector }` when the trail logs every such event of the bucket, else why not, or the gap. */
function judge(
  trail: Trail,
  bucket: Bucket,
  kind: 'read' | 'write',
): { selector: string } | { reasons: string[] } | { gap: UnknownFieldError } {
  const reasons: string[] = [];
  let gap: UnknownFieldError | undefined;
  const noteGap = (field: string, reason: string) => {
    gap ??= new UnknownFieldError(field, `trail ${trail.name}: ${reason}`);
  };
  const { multiRegion, isLogging, s3ObjectEvents } = trail.config;
  // The selectors first: their gap is the one this rule is about.
  let selector: string | undefined;
  if (isUnknown(s3ObjectEvents)) noteGap('s3ObjectEvents', s3ObjectEvents.$unknown);
  else {
    const coverage = s3ObjectCoverage(s3ObjectEvents, bucketArn(bucket), kind);
    if (coverage.status === 'none') reasons.push(`no S3 object ${kind}-event selector for this bucket`);
    else if (coverage.status === 'partial') reasons.push(coverage.why);
    else selector = coverage.selector;
  }
  if (trail.region !== bucket.region) {
    if (isUnknown(multiRegion)) noteGap('multiRegion', multiRegion.$unknown);
    else if (!multiRegion) reasons.push(`single-region trail in ${trail.region}`);
  }
  if (isUnknown(isLogging)) noteGap('isLogging', isLogging.$unknown);
  else if (!isLogging) reasons.push('not logging');
  if (reasons.length > 0) return { reasons };
  if (gap !== undefined) return { gap };
  return { selector: selector ?? '' };
}

export function checkObjectEvents(
  bucket: Bucket,
  ctx: RuleContext<ObjectEventMessages>,
  kind: 'read' | 'write',
): Verdict<ObjectEventMessages> {
  const trails = ctx.assets('aws.cloudtrail.trail', { account: bucket.account });
  const rejected: string[] = [];
  let gap: UnknownFieldError | undefined;
  for (const trail of trails) {
    const verdict = judge(trail, bucket, kind);
    if ('selector' in verdict) return ctx.pass({ trail: trail.uid, selector: verdict.selector });
    if ('gap' in verdict) gap ??= verdict.gap;
    else rejected.push(`${trail.name}: ${verdict.reasons.join(', ')}`);
  }
  if (gap !== undefined) throw gap;
  // Only a source that listed every trail of the account can show that none covers the bucket.
  const account = ctx.assets('aws.account', { account: bucket.account })[0];
  const listed = account?.config.trailsListed;
  if (listed !== true)
    throw new UnknownFieldError(
      'trailsListed',
      isUnknown(listed)
        ? listed.$unknown
        : `the source did not list every CloudTrail trail of account ${bucket.account}`,
    );
  const data = { name: bucket.name, account: bucket.account, kind };
  if (trails.length === 0) return ctx.fail('none', data);
  return ctx.fail('notLogged', { ...data, trails: rejected.join('; ') });
}
