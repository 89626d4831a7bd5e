/**
 * The S3 bucket a trail delivers its log files to, found in the inventory by name. A bucket that is not
 * there (another account's central log bucket, or a source that did not list buckets) makes the
 * verdict unknown: nothing can be said about a bucket nobody read.
 */
import type { AssetOf } from '../../../inventory/types.js';
import type { RuleContext } from '../../api.js';
import { need } from '../../api.js';

export function trailLogBucket<M extends string>(
  trail: AssetOf<'aws.cloudtrail.trail'>,
  ctx: RuleContext<M>,
): AssetOf<'aws.s3.bucket'> | null {
  const name = need(trail.config, 's3BucketName');
  if (name === null) return null;
  const uidEnd = `:s3:::${name}`;
  const bucket = ctx.assets('aws.s3.bucket').find((b) => b.uid.endsWith(uidEnd) || b.name === name);
  if (bucket !== undefined) return bucket;
  const here = ctx.covered('aws.s3.bucket', { account: trail.account });
  return ctx.unknown(
    's3BucketName',
    here
      ? `log bucket ${name} is not among the buckets of account ${trail.account}; it belongs to another account, so scan that account too`
      : `log bucket ${name} is not in the inventory (the source did not list S3 buckets)`,
  );
}
