import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-cloudtrail-trail-kms-encrypted',
  title: 'CloudTrail trails encrypt log files with a KMS key',
  description:
    'By default CloudTrail log files are encrypted with S3-managed keys, so anyone who can read the bucket ' +
    'can read the logs. SSE-KMS adds a second, separately governed permission (kms:Decrypt) and records ' +
    'every use of the key.',
  severity: 'medium',
  category: 'logging',
  aspects: ['encryption', 'logging'],
  assetTypes: ['aws.cloudtrail.trail'],
  messages: {
    noKms: 'Trail {{name}} log files are not encrypted with a KMS key (SSE-KMS)',
  },
  remediation: {
    text:
      'Create a KMS key whose policy lets CloudTrail encrypt and your log readers decrypt, then set it on ' +
      'the trail.',
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    terraform: 'resource "aws_cloudtrail" "this" {\n  # ...\n  kms_key_id = aws_kms_key.cloudtrail.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
  ],
  check(trail, ctx) {
    const key = need(trail.config, 'kmsKeyId');
    if (key === null) return ctx.fail('noKms', { name: trail.name });
    return ctx.pass({ kmsKeyId: key });
  },
});
