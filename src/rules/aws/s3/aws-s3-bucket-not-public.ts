import { publicStatements, asList } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

/** ACL grantee groups that mean "anyone": everyone on the internet, or anyone with an AWS account. */
const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers (any AWS account)',
};

export const rule = defineRule({
  id: 'aws-s3-bucket-not-public',
  title: 'S3 buckets do not grant public access through their ACL or policy',
  description:
    'A bucket whose ACL grants access to AllUsers or AuthenticatedUsers, or whose policy allows any principal ' +
    'without a narrowing condition, exposes its objects (or its listing, or write access) to the internet. ' +
    'Bucket-level Block Public Access settings that neutralise the grant (IgnorePublicAcls, ' +
    'RestrictPublicBuckets) are taken into account; account-level settings are judged by ' +
    'aws-s3-account-public-access-blocked.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    acl: 'Bucket {{name}} ACL grants {{permission}} to {{grantee}}',
    policy: 'Bucket {{name}} policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text:
      'Remove the public ACL grants (set the ACL to private, or disable ACLs with Object Ownership "bucket owner ' +
      'enforced") and remove or narrow policy statements whose principal is "*"; then turn on Block Public Access.',
    cli:
      'aws s3api put-bucket-acl --bucket <bucket> --acl private\n' +
      'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  check(bucket, ctx) {
    const acl = need(bucket.config, 'acl');
    const policy = need(bucket.config, 'policy');
    const grants = acl.filter((g) => g.granteeType === 'Group' && PUBLIC_GROUPS[g.grantee] !== undefined);
    const statements = policy === null ? [] : publicStatements(policy);
    if (grants.length === 0 && statements.length === 0) return ctx.pass();
    // Bucket-level Block Public Access overrides what it covers; only then is it needed.
    const pab = need(bucket.config, 'publicAccessBlock');
    const liveGrants = pab?.ignorePublicAcls === true ? [] : grants;
    const liveStatements = pab?.restrictPublicBuckets === true ? [] : statements;
    const evidence = { publicGrants: grants, publicStatements: statements, publicAccessBlock: pab };
    const grant = liveGrants[0];
    if (grant !== undefined) {
      return ctx.fail(
        'acl',
        {
          name: bucket.name,
          permission: grant.permission,
          grantee: PUBLIC_GROUPS[grant.grantee] ?? grant.grantee,
        },
        evidence,
      );
    }
    const stmt = liveStatements[0];
    if (stmt !== undefined) {
      const actions = asList(stmt.Action);
      return ctx.fail(
        'policy',
        {
          name: bucket.name,
          actions: actions.length > 0 ? actions.join(', ') : `all but ${asList(stmt.NotAction).join(', ')}`,
          statement: stmt.Sid ?? `#${(policy?.Statement.indexOf(stmt) ?? 0) + 1}`,
        },
        evidence,
      );
    }
    return ctx.pass(evidence, 'public grants are neutralised by the bucket public access block');
  },
});
