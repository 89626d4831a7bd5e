import { asList, publicActionStatements } from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers (any AWS account)',
};
/** ACL permissions that let the grantee write objects or change the ACL. */
const WRITE_PERMISSIONS = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL']);
/** Write and permission-changing S3 actions, as a public policy statement might grant them. */
const WRITE_ACTIONS = [
  's3:PutObject',
  's3:DeleteObject',
  's3:PutObjectAcl',
  's3:PutBucketPolicy',
  's3:PutBucketAcl',
  's3:DeleteBucket',
  's3:PutLifecycleConfiguration',
];

export const rule = defineRule({
  id: 'aws-s3-bucket-no-public-write',
  title: 'S3 buckets do not let the public write, delete or change permissions',
  description:
    'Public write access lets anyone upload (malware, illegal content, cost), overwrite or delete objects, ' +
    'or take over the bucket by rewriting its ACL or policy. A policy grants it through wildcards too ' +
    '(`s3:*`, `s3:Put*`, `NotAction`), and only conditions that name a known caller (source VPC, VPC ' +
    'endpoint, account, organisation, a bounded IP range) keep it private. Bucket-level Block Public Access ' +
    'that neutralises the grant is taken into account.',
  severity: 'critical',
  category: 'storage',
  aspects: ['exposure'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    acl: 'Bucket {{name}} ACL grants {{permission}} to {{grantee}}',
    policy: 'Bucket {{name}} policy lets any principal {{actions}} (statement {{statement}})',
  },
  remediation: {
    text: 'Remove public write grants from the ACL (or disable ACLs) and remove or narrow policy statements with principal "*"; then turn on Block Public Access.',
    cli:
      'aws s3api put-bucket-acl --bucket <bucket> --acl private\n' +
      'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
  ],
  check(bucket, ctx) {
    const acl = need(bucket.config, 'acl');
    const policy = need(bucket.config, 'policy');
    const grants = acl.filter(
      (g) =>
        g.granteeType === 'Group' &&
        PUBLIC_GROUPS[g.grantee] !== undefined &&
        WRITE_PERMISSIONS.has(g.permission),
    );
    const statements = policy === null ? [] : publicActionStatements(policy, WRITE_ACTIONS);
    if (grants.length === 0 && statements.length === 0) return ctx.pass();
    const pab = need(bucket.config, 'publicAccessBlock');
    const evidence = { publicWriteGrants: grants, publicWriteStatements: statements, publicAccessBlock: pab };
    const grant = pab?.ignorePublicAcls === true ? undefined : grants[0];
    if (grant !== undefined)
      return ctx.fail(
        'acl',
        {
          name: bucket.name,
          permission: grant.permission,
          grantee: PUBLIC_GROUPS[grant.grantee] ?? grant.grantee,
        },
        evidence,
      );
    const stmt = pab?.restrictPublicBuckets === true ? undefined : statements[0];
    if (stmt !== undefined) {
      const actions = WRITE_ACTIONS.filter(
        (a) => publicActionStatements({ Statement: [stmt] }, [a]).length > 0,
      );
      return ctx.fail(
        'policy',
        {
          name: bucket.name,
          actions: actions.join(', '),
          statement: stmt.Sid ?? `#${(policy?.Statement.indexOf(stmt) ?? 0) + 1}`,
        },
        { ...evidence, statementActions: asList(stmt.Action ?? stmt.NotAction) },
      );
    }
    return ctx.pass(evidence, 'public write grants are neutralised by the bucket public access block');
  },
});
