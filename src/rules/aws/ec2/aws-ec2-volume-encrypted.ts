import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-ec2-volume-encrypted',
  title: 'EBS volumes are encrypted',
  description:
    'An unencrypted EBS volume stores its data, and every snapshot taken from it, in the clear. Encryption ' +
    'with KMS protects data at rest and in snapshots, and puts access to the data under key policy.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.ec2.volume'],
  messages: {
    unencrypted: 'EBS volume {{name}} is not encrypted',
  },
  remediation: {
    text:
      'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a ' +
      'new volume from it and swap it in. Turn on EBS encryption by default so new volumes are encrypted.',
    cli:
      'aws ec2 create-snapshot --volume-id <volume-id>\n' +
      'aws ec2 copy-snapshot --source-snapshot-id <snapshot-id> --source-region <region> --encrypted --kms-key-id <key-arn>\n' +
      'aws ec2 enable-ebs-encryption-by-default',
    terraform:
      'resource "aws_ebs_volume" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.ebs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
  ],
  check(volume, ctx) {
    if (need(volume.config, 'encrypted')) return ctx.pass({ kmsKeyId: volume.config.kmsKeyId });
    const attachments = volume.config.attachments;
    return ctx.fail('unencrypted', { name: volume.name }, Array.isArray(attachments) ? { attachments } : {});
  },
});
