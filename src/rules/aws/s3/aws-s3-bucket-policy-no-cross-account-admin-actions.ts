import {
  appliesToEveryone,
  crossAccountPrincipals,
  hasNarrowingCondition,
  statementAllowsAction,
} from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

/** The actions FSBP S3.6 forbids granting to other accounts: they change who can reach the bucket or its data. */
export const RESTRICTED_BUCKET_ACTIONS = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
] as const;

export const rule = defineRule({
  id: 'aws-s3-bucket-policy-no-cross-account-admin-actions',
  title: 'S3 bucket policies do not let other AWS accounts change access to the bucket',
  description:
    'A bucket policy that lets another account (or anyone) delete or replace the bucket policy, change ACLs ' +
    'or the default encryption hands control of the bucket to that account: it can open the data to the ' +
    'world or lock the owner out. Wildcards (`s3:*`, `s3:Put*`) and `NotAction` are expanded.',
  severity: 'high',
  category: 'storage',
  aspects: ['privilege'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    granted: 'Bucket {{name}} policy lets {{principals}} perform {{actions}} (statement {{statement}})',
  },
  remediation: {
    text: 'Remove the restricted actions (DeleteBucketPolicy, PutBucketAcl, PutBucketPolicy, PutEncryptionConfiguration, PutObjectAcl) from statements whose principals are other accounts; grant them only to principals of the owning account.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://policy-without-cross-account-admin.json',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
  ],
  check(bucket, ctx) {
    const policy = need(bucket.config, 'policy');
    if (policy === null) return ctx.pass({}, 'the bucket has no policy');
    for (const [i, stmt] of policy.Statement.entries()) {
      if (stmt.Effect !== 'Allow') continue;
      const actions = RESTRICTED_BUCKET_ACTIONS.filter((a) => statementAllowsAction(stmt, a));
      if (actions.length === 0) continue;
      const others = crossAccountPrincipals(stmt, bucket.account);
      const principals =
        appliesToEveryone(stmt) && !hasNarrowingCondition(stmt) ? ['any principal', ...others] : others;
      if (principals.length === 0) continue;
      return ctx.fail(
        'granted',
        {
          name: bucket.name,
          principals: principals.join(', '),
          actions: actions.join(', '),
          statement: stmt.Sid ?? `#${i + 1}`,
        },
        { statement: stmt },
      );
    }
    return ctx.pass();
  },
});
