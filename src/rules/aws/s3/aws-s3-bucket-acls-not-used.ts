import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-s3-bucket-acls-not-used',
  title: 'S3 bucket access is not granted through ACLs',
  description:
    'ACLs are a legacy, per-object way to grant access that IAM and bucket policies cannot see at a glance. ' +
    "A bucket whose ACL grants anything beyond the owner's own full control spreads access decisions " +
    'across objects and accounts. The rule reads the bucket ACL: the single owner grant that every bucket ' +
    'has passes; any other grant (another account, an e-mail grantee, a group) fails.',
  severity: 'medium',
  category: 'storage',
  aspects: ['privilege'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    grants: 'Bucket {{name}} ACL grants {{permission}} to {{grantee}}',
  },
  remediation: {
    text: 'Set Object Ownership to "bucket owner enforced", which disables ACLs; move any access the ACL granted into the bucket policy.',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
  ],
  check(bucket, ctx) {
    const acl = need(bucket.config, 'acl');
    const owners = acl.filter((g) => g.granteeType === 'CanonicalUser' && g.permission === 'FULL_CONTROL');
    // The owner's own full-control grant is the one grant an ACL-free bucket still reports.
    const extra = acl.filter((g) => !(owners.length === 1 && g === owners[0]));
    const grant = extra[0];
    if (grant === undefined) return ctx.pass({ acl });
    return ctx.fail(
      'grants',
      { name: bucket.name, permission: grant.permission, grantee: `${grant.granteeType} ${grant.grantee}` },
      { acl },
    );
  },
});
