import { asList } from '../../../inventory/aws/policy.js';
import { defineRule } from '../../api.js';
import { bucketExposure } from '../s3/exposure.js';
import { trailLogBucket } from './log-bucket.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-log-bucket-not-public',
  title: 'The S3 bucket CloudTrail logs to is not publicly accessible',
  description:
    'CloudTrail log files describe every API call in the account: who did what, from where. A public log ' +
    'bucket hands that map to anyone, and a publicly writable one lets an attacker tamper with the record. ' +
    "The rule follows each trail to its bucket and judges the bucket's ACL and policy after its Block Public " +
    'Access settings.',
  severity: 'critical',
  category: 'logging',
  aspects: ['exposure', 'logging'],
  assetTypes: ['aws.cloudtrail.trail'],
  requires: ['aws.s3.bucket'],
  messages: {
    acl: 'Trail {{name}} logs to bucket {{bucket}}, whose ACL grants {{permission}} to {{grantee}}',
    policy:
      'Trail {{name}} logs to bucket {{bucket}}, whose policy allows {{actions}} to any principal (statement {{statement}})',
  },
  remediation: {
    text: 'Make the log bucket private: remove public ACL grants and public policy statements, and turn on Block Public Access for the bucket.',
    cli: 'aws s3api put-public-access-block --bucket <log-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "trail_logs" {\n  bucket                  = aws_s3_bucket.trail_logs.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-6',
  ],
  check(trail, ctx) {
    const bucket = trailLogBucket(trail, ctx);
    if (bucket === null) return ctx.notApplicable('the trail names no S3 bucket');
    const exposure = bucketExposure(bucket);
    if (exposure === undefined) return ctx.pass({ bucket: bucket.uid });
    if (exposure.via === 'acl')
      return ctx.fail(
        'acl',
        { name: trail.name, bucket: bucket.name, permission: exposure.permission, grantee: exposure.grantee },
        { bucket: bucket.uid },
      );
    const actions = asList(exposure.statement.Action);
    return ctx.fail(
      'policy',
      {
        name: trail.name,
        bucket: bucket.name,
        actions:
          actions.length > 0
            ? actions.join(', ')
            : `all but ${asList(exposure.statement.NotAction).join(', ')}`,
        statement: exposure.label,
      },
      { bucket: bucket.uid, statement: exposure.statement },
    );
  },
});
