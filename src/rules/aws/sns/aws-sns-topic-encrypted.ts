import { defineRule, need } from '../../api.js';

export const rule = defineRule({
  id: 'aws-sns-topic-encrypted',
  title: 'SNS topics are encrypted at rest with KMS',
  description:
    'Server-side encryption keeps messages encrypted with a KMS key while SNS stores them for delivery, ' +
    'so reading them also needs permission to use the key, and every use of the key is logged.',
  severity: 'medium',
  category: 'encryption',
  aspects: ['encryption'],
  assetTypes: ['aws.sns.topic'],
  messages: {
    off: 'SNS topic {{name}} is not encrypted at rest',
  },
  remediation: {
    text: 'Enable server-side encryption on the topic with a KMS key (a customer managed key to control access).',
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name KmsMasterKeyId --attribute-value alias/aws/sns',
    terraform: 'resource "aws_sns_topic" "this" {\n  # ...\n  kms_master_key_id = aws_kms_key.sns.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
  ],
  check(topic, ctx) {
    const key = need(topic.config, 'kmsMasterKeyId');
    if (key !== null && key !== '') return ctx.pass({ kmsMasterKeyId: key });
    return ctx.fail('off', { name: topic.name });
  },
});
