import {
  asList,
  isPublicPrincipal,
  wildcardMatch,
  type PolicyStatement,
} from '../../../inventory/aws/policy.js';
import { defineRule, need } from '../../api.js';

/** True when a condition block makes the statement apply to requests not made over TLS. */
function matchesInsecureTransport(stmt: PolicyStatement): boolean {
  for (const [operator, keys] of Object.entries(stmt.Condition ?? {})) {
    if (!/^bool(ifexists)?$/i.test(operator)) continue;
    for (const [key, value] of Object.entries(keys)) {
      if (key.toLowerCase() !== 'aws:securetransport') continue;
      const values = Array.isArray(value) ? (value as unknown[]) : [value];
      if (values.some((v) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false')))
        return true;
    }
  }
  return false;
}

/**
 * True when the statement denies every principal object access over plain HTTP: Effect Deny, Principal
 * `*`, an action covering object reads, a resource covering the bucket's objects, and the
 * `aws:SecureTransport = false` condition.
 */
function deniesInsecureTransport(stmt: PolicyStatement, objectArn: string): boolean {
  if (stmt.Effect !== 'Deny' || !isPublicPrincipal(stmt.Principal)) return false;
  const actions = asList(stmt.Action);
  const coversAction =
    stmt.NotAction === undefined
      ? actions.some((a) => wildcardMatch(a, 's3:GetObject'))
      : !asList(stmt.NotAction).some((a) => wildcardMatch(a, 's3:GetObject'));
  const resources = asList(stmt.Resource);
  const coversObjects = resources.some((r) => wildcardMatch(r, objectArn));
  return coversAction && coversObjects && matchesInsecureTransport(stmt);
}

export const rule = defineRule({
  id: 'aws-s3-bucket-ssl-requests-only',
  title: 'S3 bucket policies deny requests that are not made over TLS',
  description:
    'S3 accepts plain HTTP requests unless the bucket policy denies them. A Deny statement for all principals ' +
    'with the condition aws:SecureTransport = false ensures data is only read and written over encrypted ' +
    'connections, so it cannot be read or altered in transit.',
  severity: 'medium',
  category: 'storage',
  aspects: ['encryption'],
  assetTypes: ['aws.s3.bucket'],
  messages: {
    noPolicy: 'Bucket {{name}} has no bucket policy, so it accepts requests over plain HTTP',
    noDeny: 'Bucket {{name}} policy does not deny requests where aws:SecureTransport is false',
  },
  remediation: {
    text:
      'Add a bucket policy statement that denies s3:* to all principals on the bucket and its objects when ' +
      'aws:SecureTransport is false.',
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
    terraform:
      'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    sid     = "DenyInsecureTransport"\n    effect  = "Deny"\n    actions = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
  ],
  check(bucket, ctx) {
    const policy = need(bucket.config, 'policy');
    if (policy === null) return ctx.fail('noPolicy', { name: bucket.name });
    const bucketArn = bucket.uid.startsWith('arn:') ? bucket.uid : `arn:aws:s3:::${bucket.name}`;
    const deny = policy.Statement.find((s) => deniesInsecureTransport(s, `${bucketArn}/object`));
    if (deny === undefined) return ctx.fail('noDeny', { name: bucket.name });
    return ctx.pass({ statement: deny.Sid ?? policy.Statement.indexOf(deny) });
  },
});
