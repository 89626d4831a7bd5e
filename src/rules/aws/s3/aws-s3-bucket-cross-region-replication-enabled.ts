import { defineRule, need } from '../../api.js';
import type { AssetOf } from '../../../inventory/types.js';

/** `arn:aws:s3:::name` (any partition) or a bare name → the bucket name. */
const bucketName = (arnOrName: string): string => arnOrName.replace(/^arn:[^:]+:s3:::/, '');

export const rule = defineRule({
  id: 'aws-s3-bucket-cross-region-replication-enabled',
  title: 'S3 buckets replicate to another region',
  description:
    'Cross-Region replication keeps a copy of the objects in a bucket in another AWS Region, so a regional ' +
    'outage, or the loss of the bucket, does not lose the data. A bucket passes when an enabled replication ' +
    'rule sends its objects to a bucket in another region. When the destination bucket is not in the ' +
    'inventory (another account, or not scanned) its region cannot be seen: the bucket then passes as ' +
    "AWS's own check does (an enabled replication rule), and the result says the region was not verified.",
  severity: 'low',
  category: 'storage',
  aspects: ['resilience'],
  assetTypes: ['aws.s3.bucket'],
  requires: ['aws.s3.bucket'],
  messages: {
    none: 'Bucket {{name}} has no replication rules',
    disabled: 'Bucket {{name}} has replication rules, but none is enabled',
    sameRegion: 'Bucket {{name}} replicates only within its own region ({{region}})',
  },
  remediation: {
    text: 'Enable versioning on the bucket and a destination bucket in another region, then add a replication rule (with an IAM role S3 can assume) to the destination.',
    cli: 'aws s3api put-bucket-replication --bucket <bucket> --replication-configuration file://replication.json',
    terraform:
      'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  role   = aws_iam_role.replication.arn\n  rule {\n    status = "Enabled"\n    destination {\n      bucket = aws_s3_bucket.replica.arn\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7',
  ],
  check(bucket, ctx) {
    const rules = need(bucket.config, 'replicationRules');
    if (rules.length === 0) return ctx.fail('none', { name: bucket.name });
    const enabled = rules.filter((r) => r.status === 'Enabled');
    if (enabled.length === 0) return ctx.fail('disabled', { name: bucket.name });
    // Destinations are usually in the bucket's own account: look there first, then everywhere.
    const find = (name: string): AssetOf<'aws.s3.bucket'> | undefined => {
      const named = (b: AssetOf<'aws.s3.bucket'>) => bucketName(b.uid) === name;
      return (
        ctx.assets('aws.s3.bucket', { account: bucket.account }).find(named) ??
        ctx.assets('aws.s3.bucket').find(named)
      );
    };
    const unseen: string[] = [];
    for (const r of enabled) {
      if (r.destinationBucket === null) continue;
      const dest = find(bucketName(r.destinationBucket));
      if (dest === undefined) unseen.push(r.destinationBucket);
      else if (dest.region !== bucket.region)
        return ctx.pass({ destination: dest.uid, destinationRegion: dest.region });
    }
    if (unseen.length > 0) {
      return ctx.pass(
        { destinations: unseen, destinationRegion: 'not verified' },
        `Bucket ${bucket.name} replicates to ${unseen.join(', ')}, which is not in the inventory: ` +
          'replication is enabled, but the destination region was not verified',
      );
    }
    return ctx.fail('sameRegion', { name: bucket.name, region: bucket.region });
  },
});
